package main

import "fmt"

func main() {
	a := []int{1, 2}
	b := []int{1, 2}
	fmt.Println(a == b)
}

// Error:
// compare_slices.go:8:14: invalid operation: a == b (slice can only be compared to nil)
// exit status 1
