package main

import "fmt"

func main() {
	var s []int
	fmt.Println(len(s), s == nil)
	s[0] = 1
}

// Error:
// 0 true
// panic: runtime error: index out of range [0] with length 0
//
// goroutine 1 [running]:
// main.main()
// exit status 2
