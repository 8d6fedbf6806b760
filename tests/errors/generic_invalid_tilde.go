package main

type MyInt int

type Bad interface {
	~MyInt
}

func main() {}

// Error:
// generic_invalid_tilde.go:6:2: invalid use of ~ (underlying type of MyInt is int)
// exit status 1
