// Untyped constants of different kinds for one type parameter (Go 1.21's
// inference and Go 1.24's wording: Go 1.19 says "default type string of
// "a" does not match inferred type int for T").
package main

func Pair[T any](a, b T) []T { return []T{a, b} }

func main() {
	_ = Pair(1, "a")
}

// Error:
// generic_untyped_mismatch.go:9:14: in call to Pair, mismatched types untyped int and untyped string (cannot infer T)
// exit status 1
