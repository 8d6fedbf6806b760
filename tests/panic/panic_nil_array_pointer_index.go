package main

import "fmt"

func main() {
	var p *[3]int
	fmt.Println(len(p))
	for i := range p {
		fmt.Println(i)
	}
	fmt.Println(p[1])
}

// Error:
// 3
// 0
// 1
// 2
// panic: runtime error: invalid memory address or nil pointer dereference
//
// goroutine 1 [running]:
// main.main()
// exit status 2
