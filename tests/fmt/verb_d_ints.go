package main

import "fmt"

func main() {
	var i8 int8 = -128
	var u8 uint8 = 255
	var i16 int16 = -32768
	var u16 uint16 = 65535
	var i32 int32 = -2147483648
	var u32 uint32 = 4294967295
	var i64 int64 = -9223372036854775808
	var u64 uint64 = 18446744073709551615
	var up uintptr = 4096
	fmt.Printf("%d %d %d %d\n", i8, u8, i16, u16)
	fmt.Printf("%d %d\n", i32, u32)
	fmt.Printf("%d %d %d\n", i64, u64, up)
	fmt.Printf("%d %d\n", 0, -0)
}

// Output:
// -128 255 -32768 65535
// -2147483648 4294967295
// -9223372036854775808 18446744073709551615 4096
// 0 0
