package main

import "fmt"

type Greeter interface{ Greet() string }

type English struct{}

func (English) Greet() string { return "hello" }

func main() {
	var g Greeter = English{}
	fmt.Println(g.Greet())
	g = nil
	fmt.Println(g.Greet())
}

// Error:
// hello
// panic: runtime error: invalid memory address or nil pointer dereference
//
// goroutine 1 [running]:
// main.main()
// exit status 2
