// slices.Insert panics when the index is past the end (Go 1.21's
// documentation: "Insert panics if i is out of range"; the check is the
// slice expression s[i:]). Traceback lines naming Go's own source files
// are left out.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2}
	fmt.Println(slices.Insert(s, 2, 3))
	fmt.Println(slices.Insert(s, 5, 9))
}

// Error:
// [1 2 3]
// panic: runtime error: slice bounds out of range [5:2]
//
// goroutine 1 [running]:
// main.main()
// exit status 2
