package main

import "fmt"

func helper() interface{} {
	// recover only stops a panic when called directly by a deferred function
	return recover()
}

func inner() {
	defer func() {
		fmt.Println("helper got:", helper())
	}()
	panic("deep trouble")
}

func outer() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	inner()
	fmt.Println("not reached")
}

func main() {
	outer()
	fmt.Println("main continues")
}

// Output:
// helper got: <nil>
// outer recovered: deep trouble
// main continues
