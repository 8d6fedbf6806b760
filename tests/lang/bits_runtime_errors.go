// Div and Rem panic with Go's run-time errors: the recovered values are
// errors with the runtime's texts.
package main

import (
	"fmt"
	"math/bits"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(name, ok, err)
	}()
	f()
}

func main() {
	var zero uint64
	try("Div64 by zero", func() { bits.Div64(0, 1, zero) })
	try("Div64 overflow", func() { bits.Div64(3, 1, 3) })
	try("Div32 by zero", func() { bits.Div32(0, 1, 0) })
	try("Div32 overflow", func() { bits.Div32(9, 1, 2) })
	try("Div overflow", func() { bits.Div(1, 0, 1) })
	try("Rem64 by zero", func() { bits.Rem64(1, 1, 0) })
	try("Rem32 by zero", func() { bits.Rem32(1, 1, 0) })
	try("fine", func() { fmt.Println(bits.Div64(2, 1, 3)) })
}


// Output:
// Div64 by zero true runtime error: integer divide by zero
// Div64 overflow true runtime error: integer overflow
// Div32 by zero true runtime error: integer divide by zero
// Div32 overflow true runtime error: integer overflow
// Div overflow true runtime error: integer overflow
// Rem64 by zero true runtime error: integer divide by zero
// Rem32 by zero true runtime error: integer divide by zero
// 12297829382473034411 0
// fine false <nil>
