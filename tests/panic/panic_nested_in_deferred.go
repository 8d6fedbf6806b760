package main

import "fmt"

func second() {
	panic("second")
}

func main() {
	defer fmt.Println("outer deferred still runs")
	defer second()
	panic("first")
}

// Error:
// outer deferred still runs
// panic: first
// 	panic: second
//
// goroutine 1 [running]:
// main.second()
// main.main()
// exit status 2
