package main

import "fmt"

func divide(a, b int) int {
	return a / b
}

func average(total, n int) int {
	return divide(total, n)
}

func main() {
	fmt.Println(average(10, 2))
	fmt.Println(average(10, 0))
}

// Error:
// 5
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
// main.divide(...)
// main.average(...)
// main.main()
// exit status 2
