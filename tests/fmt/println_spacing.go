package main

import "fmt"

func main() {
	fmt.Println("a", "b", 1, 2, true, 1.5)
	fmt.Println()
	fmt.Println("")
	fmt.Println("x", "")
	n, err := fmt.Println("count")
	fmt.Println(n, err)
}

// Output:
// a b 1 2 true 1.5
//
//
// x 
// count
// 6 <nil>
