// An explicit type argument is checked at its own position (Go 1.24's
// wording: Go 1.19 says "does not implement").
package main

type Ordered interface {
	~int | ~float64 | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	println(Max[bool](true, false))
}

// Error:
// generic_explicit_unsatisfied.go:17:14: bool does not satisfy Ordered (bool missing in ~int | ~float64 | ~string)
// exit status 1
