// runtime.SetFinalizer's checks are fatal errors (runtime/mfinal.go).
package main

import (
	"fmt"
	"runtime"
)

type T struct{ x, y int }

func main() {
	fmt.Println("before")
	runtime.SetFinalizer(T{}, nil)
	fmt.Println("not reached")
}
// Error:
// before
// fatal error: runtime.SetFinalizer: first argument is main.T, not pointer
//
// goroutine 1 [running]:
// exit status 2
