// Go 1.24 prints the generic type with its type parameters, Wrap[T any]
// (Go 1.19: Wrap).
package main

type Wrap[T any] struct{ v T }

func main() {
	x := Wrap(1)
	_ = x
}

// Error:
// generic_conversion_uninstantiated.go:8:7: cannot use generic type Wrap[T any] without instantiation
// exit status 1
