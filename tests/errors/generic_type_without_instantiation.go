package main

type Stack[T any] struct {
	items []T
}

func main() {
	var s Stack
	_ = s
}

// Error:
// generic_type_without_instantiation.go:8:8: cannot use generic type Stack[T any] without instantiation
// exit status 1
