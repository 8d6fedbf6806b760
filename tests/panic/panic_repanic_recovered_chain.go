package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprint("re-panic: ", r))
	}()
	panic("original")
}

// Error:
// recovered: original
// panic: original [recovered]
// 	panic: re-panic: original
//
// goroutine 1 [running]:
// main.main()
// exit status 2
