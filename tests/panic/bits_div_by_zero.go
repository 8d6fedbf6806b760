package main

import (
	"fmt"
	"math/bits"
)

func main() {
	var y uint64
	fmt.Println(bits.Div64(0, 1, y))
}


// Error:
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
// main.main()
// exit status 2
