// ReadMemStats dereferences its argument on the runtime's own stack: a
// nil pointer is a fatal error there, not a recoverable panic.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	runtime.ReadMemStats(nil)
}

// Error:
// fatal error: unexpected signal during runtime execution
// goroutine 1 [running]:
// main.main()
// exit status 2
