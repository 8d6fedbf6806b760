package main

import "fmt"

func main() {
	fmt.Printf("%x %X\n", "hello", "hello")
	fmt.Printf("% x|% X\n", "abc", "abc")
	fmt.Printf("%#x %# x\n", "ab", "ab")
	fmt.Printf("%x %X %#x %#X\n", 255, 255, 255, 255)
	fmt.Printf("%x %x\n", -255, int8(-1))
	fmt.Printf("%08x|%-6x|%6X\n", 3054, 10, 10)
	fmt.Printf("%x\n", "")
	fmt.Printf("%x %X\n", []string{"hi", "yo"}, [2]uint16{0xbeef, 1})
	fmt.Printf("%x\n", "é")
	type Color uint32
	fmt.Printf("%06x\n", Color(0xff8800))
}

// Output:
// 68656c6c6f 68656C6C6F
// 61 62 63|61 62 63
// 0x6162 0x61 0x62
// ff FF 0xff 0XFF
// -ff -1
// 00000bee|a     |     A
//
// [6869 796f] [BEEF 1]
// c3a9
// ff8800
