package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	p := Point{X: 1, Z: 3}
	fmt.Println(p)
}

// Error:
// struct_unknown_field.go:10:19: unknown field Z in struct literal of type Point
// exit status 1
