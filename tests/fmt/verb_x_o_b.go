package main

import "fmt"

func main() {
	fmt.Printf("%x %X %x %X\n", 3054, 3054, -3054, -3054)
	fmt.Printf("%o %#o %O %b %#b\n", 64, 64, 64, 5, 5)
	fmt.Printf("%b %o %x\n", -5, -8, -255)
	var u uint64 = 18446744073709551615
	fmt.Printf("%x %o %b\n", u, u, uint8(u))
	var i8 int8 = -1
	fmt.Printf("%x %b %o\n", i8, i8, i8)
	fmt.Printf("%#x %#o %#b\n", 0, 0, 0)
	fmt.Printf("% x|% X|%+x\n", 255, -255, 255)
}

// Output:
// bee BEE -bee -BEE
// 100 0100 0o100 101 0b101
// -101 -10 -ff
// ffffffffffffffff 1777777777777777777777 11111111
// -1 -1 -1
// 0x0 0 0b0
//  ff|-FF|+ff
