// A generic type with too few type arguments (Go 1.24's wording: Go 1.19
// says "got 1 arguments but 2 type parameters").
package main

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	var p Pair[string]
	_ = p
}

// Error:
// generic_type_arg_count.go:11:8: not enough type arguments for type Pair: have 1, want 2
// exit status 1
