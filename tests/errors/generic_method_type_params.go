package main

type T struct{}

func (T) M[P any]() {}

func main() {}

// Error:
// generic_method_type_params.go:5:11: syntax error: method must have no type parameters
// exit status 1
