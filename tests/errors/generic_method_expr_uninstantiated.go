// Go 1.24 prints the generic type with its type parameters, Box[T any]
// (Go 1.19: Box).
package main

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func main() {
	f := Box.Get
	_ = f
}

// Error:
// generic_method_expr_uninstantiated.go:10:7: cannot use generic type Box[T any] without instantiation
// exit status 1
