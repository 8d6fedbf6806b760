package main

import "fmt"

type Order struct {
	ID    int
	Items []string
}

func main() {
	a := Order{1, nil}
	b := Order{1, nil}
	fmt.Println(a == b)
}

// Error:
// compare_struct_with_slice.go:13:14: invalid operation: a == b (struct containing []string cannot be compared)
// exit status 1
