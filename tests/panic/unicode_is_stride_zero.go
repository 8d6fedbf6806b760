// unicode.Is on a program's table with a range of stride 0 divides by
// zero, as Go's does, once the rune falls in that range.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	t := &unicode.RangeTable{R16: []unicode.Range16{{Lo: 'a', Hi: 'f', Stride: 1}, {Lo: 'x', Hi: 'z', Stride: 0}}}
	fmt.Println(unicode.Is(t, 'b'), unicode.Is(t, 'q'))
	fmt.Println(unicode.Is(t, 'y'))
}
// Error:
// true false
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
// main.main()
// exit status 2
