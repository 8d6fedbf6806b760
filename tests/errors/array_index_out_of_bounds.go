package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	fmt.Println(a[3])
}

// Error:
// array_index_out_of_bounds.go:7:16: invalid argument: index 3 out of bounds [0:3]
// exit status 1
