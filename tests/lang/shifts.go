package main

import "fmt"

func main() {
	x := 1
	var s uint = 3
	fmt.Println(x<<s, 1024>>s)
	fmt.Println(x<<63, x<<64, x<<100)
	n := -16
	fmt.Println(n>>2, n>>63, n>>64, n>>200)
	var u uint64 = 1 << 63
	fmt.Println(u>>63, u>>64, u<<1)
	var b byte = 0x81
	fmt.Println(b<<1, b>>1, b<<7)
	var i8 int8 = -128
	fmt.Println(i8>>1, i8>>7, i8<<1)
	var k int = 2
	fmt.Println(7>>k, 7<<k)
}

// Output:
// 8 128
// -9223372036854775808 0 0
// -4 -1 -1 -1
// 1 0 0
// 2 64 128
// -64 -1 0
// 1 28
