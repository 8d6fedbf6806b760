package main

import "fmt"

func main() {
	a, b := 10, 0
	fmt.Println("before")
	fmt.Println(a / b)
	fmt.Println("after")
}

// Error:
// before
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
// main.main()
// exit status 2
