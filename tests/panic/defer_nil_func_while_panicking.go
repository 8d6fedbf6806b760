package main

import "fmt"

func main() {
	defer fmt.Println("outer deferred runs")
	var f func()
	defer f()
	panic("first")
}
// Error:
// outer deferred runs
// panic: first
// 	panic: runtime error: invalid memory address or nil pointer dereference
//
// goroutine 1 [running]:
// main.main()
// exit status 2
