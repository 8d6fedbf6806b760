package main

import "fmt"

func main() {
	x := 300
	fmt.Println(int8(x), uint8(x), int16(x), uint16(x))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y), uint(y))
	var big int64 = 0x123456789abcdef
	fmt.Println(int32(big), uint32(big), int16(big), int8(big))
	var u8 uint8 = 255
	fmt.Println(int8(u8), int(u8), int64(int8(u8)))
	var i8 int8 = -100
	fmt.Println(uint8(i8), uint64(i8), int(i8))
	var u32 uint32 = 0x80000000
	fmt.Println(int32(u32), int64(u32), int(int32(u32)))
}

// Output:
// 44 44 300 300
// 255 65535 4294967295 18446744073709551615 18446744073709551615
// -1985229329 2309737967 -12817 -17
// -1 255 -1
// 156 18446744073709551516 -100
// -2147483648 2147483648 -2147483648
