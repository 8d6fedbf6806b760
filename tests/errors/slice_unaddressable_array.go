package main

import "fmt"

func three() [3]int { return [3]int{1, 2, 3} }

func main() {
	s := three()[1:]
	fmt.Println(s)
}

// Error:
// slice_unaddressable_array.go:8:7: invalid operation: three() (value of type [3]int) (slice of unaddressable value)
// exit status 1
