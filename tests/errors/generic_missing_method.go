// A type argument without the constraint's method (Go 1.24's wording:
// Go 1.19 says "does not implement fmt.Stringer (missing String method)").
package main

import "fmt"

func Show[T fmt.Stringer](x T) string { return x.String() }

func main() {
	fmt.Println(Show(42))
}

// Error:
// generic_missing_method.go:10:18: int does not satisfy fmt.Stringer (missing method String)
// exit status 1
