package main

import "fmt"

func main() {
	defer fmt.Println("outer deferred still runs")
	defer func() {
		panic("panic in deferred call")
	}()
	panic("first panic")
}

// Error:
// outer deferred still runs
// panic: first panic
// 	panic: panic in deferred call
//
// goroutine 1 [running]:
// main.main()
// exit status 2
