package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var x uint8 = 0xf0
	var y uint8 = 0x3c
	fmt.Println(x&y, x|y, x^y, x&^y, ^x)
	var i int16 = -1
	fmt.Println(i&0x7fff, i^1, i&^3)
	var u uint32 = 0xdeadbeef
	fmt.Println(u&0xffff, u>>16, ^u, u&^0xff)
	c := 12
	c &= 10
	fmt.Println(c)
	c |= 5
	fmt.Println(c)
	c ^= 3
	fmt.Println(c)
	c &^= 4
	fmt.Println(c)
	c <<= 3
	fmt.Println(c)
	c >>= 1
	fmt.Println(c)
}

// Output:
// 8 14 6 4 -13
// 48 252 204 192 15
// 32767 -2 -4
// 48879 57005 559038736 3735928320
// 8
// 13
// 14
// 10
// 80
// 40
