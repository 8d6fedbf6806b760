package main

import "fmt"

func main() {
	var p *int
	fmt.Println("before")
	*p = 1
	fmt.Println("after")
}

// Error:
// before
// panic: runtime error: invalid memory address or nil pointer dereference
//
// goroutine 1 [running]:
// main.main()
// exit status 2
