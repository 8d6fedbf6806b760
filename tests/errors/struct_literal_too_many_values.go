package main

import "fmt"

type Pair struct {
	A, B string
}

func main() {
	p := Pair{"a", "b", "c"}
	fmt.Println(p)
}

// Error:
// struct_literal_too_many_values.go:10:22: too many values in struct literal of type Pair
// exit status 1
