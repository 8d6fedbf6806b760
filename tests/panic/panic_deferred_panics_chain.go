package main

import "fmt"

func second() {
	panic("second")
}

func third() {
	panic("third")
}

func run() {
	defer third()
	defer second()
	fmt.Println("running")
	panic("first")
}

func main() {
	run()
}

// Error:
// running
// panic: first
// 	panic: second
// 	panic: third
//
// goroutine 1 [running]:
// main.third()
// main.second()
// main.run()
// main.main()
// exit status 2
