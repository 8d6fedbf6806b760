// A partly instantiated function used as a value (Go 1.24's wording: Go
// 1.19 says "cannot use generic function Convert without instantiation").
package main

func Convert[T, U any](x T) U {
	var u U
	return u
}

func main() {
	f := Convert[int]
	_ = f
}

// Error:
// generic_partial_not_called.go:11:14: cannot infer U (declared at generic_partial_not_called.go:5:17)
// exit status 1
