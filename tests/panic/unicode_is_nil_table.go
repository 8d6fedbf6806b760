// unicode.Is with a nil *RangeTable is a nil dereference.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	var t *unicode.RangeTable
	fmt.Println(unicode.In('a', unicode.Latin))
	fmt.Println(unicode.Is(t, 'a'))
}
// Error:
// true
// panic: runtime error: invalid memory address or nil pointer dereference
//
// goroutine 1 [running]:
// main.main()
// exit status 2
