package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(3.5)
	}()
	panic(42)
}

// Error:
// recovered 42
// panic: 42 [recovered]
// 	panic: +3.500000e+000
//
// goroutine 1 [running]:
// main.main()
// exit status 2
