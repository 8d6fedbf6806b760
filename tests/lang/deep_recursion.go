package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sum(n int, acc int, pad1, pad2, pad3 float64) int {
	if n == 0 {
		return acc
	}
	return sum(n-1, acc+n, pad1+1, pad2, pad3)
}

func main() {
	fmt.Println(depth(100000))
	fmt.Println(sum(100000, 0, 0, 0, 0))
	fmt.Println(depth(1000000))
}

// Output:
// 100000
// 5000050000
// 1000000
