// An argument whose type differs from the one inferred before it (Go
// 1.24's wording: Go 1.19 has no "in call to Max, ").
package main

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	x, y := 1, 2.5
	println(Max(x, y))
}

// Error:
// generic_arg_mismatch.go:14:17: in call to Max, type float64 of y does not match inferred type int for T
// exit status 1
