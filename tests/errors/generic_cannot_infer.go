// A type parameter that no argument mentions cannot be inferred (Go
// 1.24's wording; Go 1.19 says "cannot infer T (file:line:col)").
package main

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	x := Zero()
	_ = x
}

// Error:
// generic_cannot_infer.go:11:11: in call to Zero, cannot infer T (declared at generic_cannot_infer.go:5:11)
// exit status 1
