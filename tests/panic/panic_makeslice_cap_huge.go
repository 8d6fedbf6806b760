package main

import "fmt"

func main() {
	n := 1 << 62
	b := make([]byte, 0, 16)
	fmt.Println(len(b), cap(b))
	b = make([]byte, 0, n)
	fmt.Println(cap(b))
}

// Error:
// 0 16
// panic: runtime error: makeslice: cap out of range
//
// goroutine 1 [running]:
// main.main()
// exit status 2
