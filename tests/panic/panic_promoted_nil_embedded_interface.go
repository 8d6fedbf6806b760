package main

import "fmt"

type Logger interface{ Log(string) }

type Service struct {
	Logger
	name string
}

func main() {
	s := Service{name: "svc"}
	fmt.Println("logging without a logger")
	s.Log("hello")
}

// Error:
// logging without a logger
// panic: runtime error: invalid memory address or nil pointer dereference
//
// goroutine 1 [running]:
// main.main()
// exit status 2
