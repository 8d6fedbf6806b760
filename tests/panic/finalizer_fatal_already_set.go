// A second finalizer for one object is Go's fatal error (runtime/mfinal.go).
package main

import (
	"fmt"
	"runtime"
)

type T struct{ x, y int }

func main() {
	p := &T{}
	runtime.SetFinalizer(p, func(*T) {})
	fmt.Println("set")
	runtime.SetFinalizer(p, func(*T) {})
}
// Error:
// set
// fatal error: runtime.SetFinalizer: finalizer already set
// goroutine 1 [running]:
// exit status 2
