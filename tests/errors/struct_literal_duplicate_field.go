package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	p := Point{X: 1, Y: 2, X: 3}
	fmt.Println(p)
}

// Error:
// struct_literal_duplicate_field.go:10:26: duplicate field name X in struct literal
// exit status 1
