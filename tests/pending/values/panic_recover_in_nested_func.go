package main

import "fmt"

func tryRecover() {
	if r := recover(); r != nil {
		fmt.Println("recovered", r)
	} else {
		fmt.Println("recover returned nil")
	}
}

func main() {
	defer func() {
		tryRecover()
	}()
	panic("not recovered by nested helper")
}

// Error:
// recover returned nil
// panic: not recovered by nested helper
//
// goroutine 1 [running]:
// main.main()
// exit status 2
