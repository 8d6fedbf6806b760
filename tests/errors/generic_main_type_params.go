package main

func main[T any]() {}

// Error:
// generic_main_type_params.go:3:11: func main must have no type parameters
// exit status 1
