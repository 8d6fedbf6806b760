// A program's own unicode.RangeTable: 16- and 32-bit ranges with strides,
// Go's linear search for short tables and binary search for long ones.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	evens := &unicode.RangeTable{
		R16: []unicode.Range16{{Lo: 0x30, Hi: 0x39, Stride: 2}, {Lo: 0x100, Hi: 0x1ff, Stride: 5}},
		R32: []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 4}},
	}
	for _, r := range []rune{'0', '1', '8', '9', ':', 0x100, 0x104, 0x105, 0x1fe, 0x1ff, 0x10000, 0x10004, 0x10005, 0x10010, 0x10011, -1} {
		fmt.Print(unicode.Is(evens, r), " ")
	}
	fmt.Println()
	long := &unicode.RangeTable{}
	for i := 0; i < 40; i++ {
		lo := uint16(0x400 + i*16)
		long.R16 = append(long.R16, unicode.Range16{Lo: lo, Hi: lo + 7, Stride: 1})
		long.R32 = append(long.R32, unicode.Range32{Lo: uint32(0x20000 + i*32), Hi: uint32(0x20000+i*32) + 9, Stride: 3})
	}
	n := 0
	for r := rune(0); r < 0x21000; r++ {
		if unicode.Is(long, r) {
			n++
		}
	}
	fmt.Println(n, unicode.Is(long, 0x407), unicode.Is(long, 0x408), unicode.Is(long, 0x20009), unicode.Is(long, 0x2000a))
	empty := &unicode.RangeTable{}
	fmt.Println(unicode.Is(empty, 'a'), unicode.In('a', empty, evens), unicode.In('0', empty, evens))
}
// Output:
// true false true false false true false true false true true true false true false false 
// 480 true false true false
// false false true
