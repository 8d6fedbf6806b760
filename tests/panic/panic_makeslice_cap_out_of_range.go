package main

import "fmt"

func main() {
	n, c := 5, 3
	fmt.Println(len(make([]int, c, n)))
	fmt.Println(make([]int, n, c))
}

// Error:
// 3
// panic: runtime error: makeslice: cap out of range
//
// goroutine 1 [running]:
// main.main()
// exit status 2
