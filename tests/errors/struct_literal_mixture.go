package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	p := Point{X: 1, 2}
	fmt.Println(p)
}

// Error:
// struct_literal_mixture.go:10:19: mixture of field:value and value elements in struct literal
// exit status 1
