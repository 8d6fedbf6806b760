package main

import "fmt"

func main() {
	rgb := [3]int{255, 128, 0, 64}
	fmt.Println(rgb)
}

// Error:
// array_literal_too_many_elements.go:6:29: index 3 is out of bounds (>= 3)
// exit status 1
