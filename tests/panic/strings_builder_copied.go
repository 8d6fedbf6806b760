// Writing to a copy of a non-zero strings.Builder panics (Go's copy check).
package main

import (
	"fmt"
	"strings"
)

func main() {
	var a strings.Builder
	a.WriteString("x")
	b := a
	fmt.Println(b.Len(), b.String())
	b.WriteString("y")
}
// Error:
// 1 x
// panic: strings: illegal use of non-zero Builder copied by value
//
// goroutine 1 [running]:
// strings.(*Builder).copyCheck(...)
// strings.(*Builder).WriteString(...)
// main.main()
// exit status 2
