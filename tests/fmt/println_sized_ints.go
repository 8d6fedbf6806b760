package main

import "fmt"

func main() {
	var a int8 = -5
	var b uint8 = 250
	var c int16 = -300
	var d uint16 = 60000
	var e int32 = -70000
	var f uint32 = 4000000000
	var g int64 = -1 << 40
	var h uint64 = 1 << 63
	var i uintptr = 0xdead
	var r rune = 'Z'
	fmt.Println(a, b, c, d, e, f, g, h, i, r)
	fmt.Print(a, b, c, "\n")
}

// Output:
// -5 250 -300 60000 -70000 4000000000 -1099511627776 9223372036854775808 57005 90
// -5 250 -300
