package main

import "fmt"

func main() {
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print(1, "x", 2, "\n")
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(true, false, "\n")
	fmt.Print(1.5, 2.5, 'a', "\n")
	fmt.Print()
	fmt.Print("\n")
	n, _ := fmt.Print(10, 20, "\n")
	fmt.Print(n, "\n")
}

// Output:
// ab
// 1 2
// 1x2
// x1 2y
// true false
// 1.5 2.5 97
//
// 10 20
// 6
