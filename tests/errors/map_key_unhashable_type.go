package main

import "fmt"

func main() {
	seen := map[[]int]bool{}
	fmt.Println(len(seen))
}

// Error:
// map_key_unhashable_type.go:6:14: invalid map key type []int
// exit status 1
