package main

import (
	"errors"
	"fmt"
)

func main() {
	_ = errors.errorString{}
	fmt.Nope()
	var s fmt.Stringer = 3
	_ = s
}

// Note: Go 1.19 words the first error "errorString not exported by package
// errors"; types2 since Go 1.20 (selector in call.go) says "name %s not
// exported by package %s", the wording gvm follows.
// Error:
// unexported_library_name.go:9:13: name errorString not exported by package errors
// unexported_library_name.go:10:6: undefined: fmt.Nope
// unexported_library_name.go:11:23: cannot use 3 (constant of type int) as fmt.Stringer value in variable declaration: int does not implement fmt.Stringer (missing method String)
// exit status 1
