package main

import "fmt"

func main() {
	defer fmt.Println("first deferred, runs last")
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	defer func() {
		fmt.Println("closure defer")
	}()
	fmt.Println("body done")
}

// Output:
// body done
// closure defer
// loop defer 2
// loop defer 1
// loop defer 0
// first deferred, runs last
