package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	lo := -1
	fmt.Println(len(s[:8]))
	fmt.Println(s[lo:])
}

// Error:
// 8
// panic: runtime error: slice bounds out of range [-1:]
//
// goroutine 1 [running]:
// main.main()
// exit status 2
