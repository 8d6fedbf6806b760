package main

import "fmt"

type Runner interface{ Run() string }

func pick(ok bool) Runner {
	if ok {
		return nil
	}
	return nil
}

func main() {
	r := pick(true)
	fmt.Println("evaluating r.Run")
	f := r.Run // panics here, not at the call
	fmt.Println("unreachable")
	f()
}

// Error:
// evaluating r.Run
// panic: runtime error: invalid memory address or nil pointer dereference
//
// goroutine 1 [running]:
// main.main()
// exit status 2
