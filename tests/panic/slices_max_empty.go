// slices.Max of an empty slice panics (Go 1.21's documentation: "Max
// panics if x is empty"; the message is its source's, "slices.Max: empty
// list"). Traceback lines naming Go's own source files are left out.
package main

import (
	"fmt"
	"slices"
)

func main() {
	fmt.Println(slices.Max([]int{3, 1}))
	var none []float64
	fmt.Println(slices.Max(none))
}

// Error:
// 3
// panic: slices.Max: empty list
//
// goroutine 1 [running]:
// main.main()
// exit status 2
