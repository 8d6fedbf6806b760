package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	fmt.Println(r.Intn(0))
}

// Error:
// panic: invalid argument to Intn
//
// goroutine 1 [running]:
// main.main()
// exit status 2
