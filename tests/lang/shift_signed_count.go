package main

import "fmt"

func main() {
	var k int = 4
	var k8 int8 = 3
	var k64 uint64 = 70
	x := 0xff
	fmt.Println(x<<k, x>>k, x<<k8, x>>k8)
	fmt.Println(x<<k64, x>>k64)
	var i32 int32 = 1
	fmt.Println(i32<<31, i32<<32, i32<<k64)
	var u16 uint16 = 0xffff
	fmt.Println(u16<<8, u16>>8, u16<<k)
}

// Output:
// 4080 15 2040 31
// 0 0
// -2147483648 0 0
// 65280 255 65520
