// runtime.SetFinalizer's checks are fatal errors (runtime/mfinal.go).
package main

import (
	"fmt"
	"runtime"
)

type T struct{ x, y int }

func main() {
	fmt.Println("before")
	runtime.SetFinalizer(&T{}, func(int) {})
	fmt.Println("not reached")
}
// Error:
// before
// fatal error: runtime.SetFinalizer: cannot pass *main.T to finalizer func(int)
//
// goroutine 1 [running]:
// exit status 2
