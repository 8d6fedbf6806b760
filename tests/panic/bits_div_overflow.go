package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.Div32(5, 1, 5))
}


// Error:
// panic: runtime error: integer overflow
//
// goroutine 1 [running]:
// main.main()
// exit status 2
