package main

import "fmt"

func shift(x, n int) int {
	return x << n
}

func main() {
	fmt.Println(shift(1, 10))
	fmt.Println(shift(1, -1))
}

// Error:
// 1024
// panic: runtime error: negative shift amount
//
// goroutine 1 [running]:
// main.shift(...)
// main.main()
// exit status 2
