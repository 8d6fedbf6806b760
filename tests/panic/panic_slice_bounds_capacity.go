package main

import "fmt"

func firstN(s []int, n int) []int {
	return s[:n]
}

func main() {
	s := make([]int, 2, 3)
	fmt.Println(firstN(s, 3))
	fmt.Println(firstN(s, 5))
}

// Error:
// [0 0 0]
// panic: runtime error: slice bounds out of range [:5] with capacity 3
//
// goroutine 1 [running]:
// main.firstN(...)
// main.main()
// exit status 2
