package main

import "fmt"

func main() {
	var a, b int32 = 7, 0
	fmt.Println("start", a)
	fmt.Println(a % b)
}

// Error:
// start 7
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
// main.main()
// exit status 2
