package main

import "fmt"

type Bad interface {
	fmt.Stringer | int
}

func main() {}

// Error:
// generic_union_with_methods.go:6:2: cannot use fmt.Stringer in union (fmt.Stringer contains methods)
// exit status 1
