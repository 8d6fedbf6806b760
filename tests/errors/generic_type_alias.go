package main

type List[T any] = []T

func main() {}

// Error:
// generic_type_alias.go:3:6: generic type cannot be alias
// exit status 1
