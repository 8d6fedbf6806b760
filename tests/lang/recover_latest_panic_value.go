package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println("again:", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

// Output:
// recovered: second
// again: <nil>
