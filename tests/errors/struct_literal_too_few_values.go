package main

import "fmt"

type Point3 struct {
	X, Y, Z int
}

func main() {
	p := Point3{1, 2}
	fmt.Println(p)
}

// Error:
// struct_literal_too_few_values.go:10:18: too few values in struct literal of type Point3
// exit status 1
