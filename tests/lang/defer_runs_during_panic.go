package main

import "fmt"

func step(n int) {
	defer fmt.Println("unwind", n)
	if n == 3 {
		panic(fmt.Sprintf("stop at %d", n))
	}
	step(n + 1)
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
	}()
	step(0)
}

// Output:
// unwind 3
// unwind 2
// unwind 1
// unwind 0
// main recovered: stop at 3
