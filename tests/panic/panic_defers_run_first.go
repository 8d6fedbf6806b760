package main

import "fmt"

func work(n int) {
	defer fmt.Println("cleanup", n)
	if n == 2 {
		a, b := 1, 0
		fmt.Println(a / b)
	}
	work(n + 1)
}

func main() {
	defer fmt.Println("main deferred")
	defer println("println deferred")
	work(0)
}

// Error:
// cleanup 2
// cleanup 1
// cleanup 0
// println deferred
// main deferred
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
// main.main()
// exit status 2
