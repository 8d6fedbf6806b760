// An import path with a slash: the package is named by its last element,
// and types2's messages say how it was imported.
package main

import (
	"fmt"
	"runtime/debug"
	dbg "runtime/debug"
)

func main() {
	fmt.Println("hi")
}

// Error:
// import_runtime_debug_unused.go:7:2: "runtime/debug" imported and not used
// import_runtime_debug_unused.go:8:2: "runtime/debug" imported as dbg and not used
// exit status 1
