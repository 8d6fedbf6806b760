package main

import "fmt"

func main() {
	x := 1
	s := "a"
	fmt.Println(x + s)
}

// Error:
// mismatched_types.go:8:14: invalid operation: x + s (mismatched types int and string)
// exit status 1
