package main

import "fmt"

func main() {
	var i8 int8
	var u16 uint16
	var u uint
	var up uintptr
	var f32 float32
	var by byte
	var r rune
	fmt.Printf("%T %T %T %T %T %T\n", 1, 1.0, "s", true, 'r', i8)
	fmt.Printf("%T %T %T %T %T %T\n", u16, u, up, f32, by, r)
	var i64 int64
	var u32 uint32
	fmt.Printf("%T %T\n", i64, u32)
	fmt.Printf("[%10T][%-8T]\n", 1, "s")
}

// Output:
// int float64 string bool int32 int8
// uint16 uint uintptr float32 uint8 int32
// int64 uint32
// [       int][string  ]
