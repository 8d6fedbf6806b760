package main

import "fmt"

func repanic() {
	r := recover()
	fmt.Println("recovered", r)
	panic(3.5)
}

func main() {
	defer repanic()
	panic(42)
}

// Error:
// recovered 42
// panic: 42 [recovered]
// 	panic: +3.500000e+000
//
// goroutine 1 [running]:
// main.repanic()
// main.main()
// exit status 2
