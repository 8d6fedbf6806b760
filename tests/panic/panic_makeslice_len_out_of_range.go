package main

import "fmt"

func alloc(n int) []byte {
	return make([]byte, n)
}

func main() {
	fmt.Println(len(alloc(4)))
	fmt.Println(len(alloc(-4)))
}

// Error:
// 4
// panic: runtime error: makeslice: len out of range
//
// goroutine 1 [running]:
// main.alloc(...)
// main.main()
// exit status 2
