package main

import "fmt"

func main() {
	x := 5
	var u uint8 = 5
	var u32 uint32 = 1
	var i64 int64 = -1
	f := 2.5
	b := true
	fmt.Println(-x, +x, ^x, -u, ^u, -u32, ^u32, ^i64, -i64)
	fmt.Println(-f, +f, !b, !!b)
	var z int8 = -128
	fmt.Println(-z, ^z)
	fmt.Println(- -x, ^^x, -(-f))
}

// Output:
// -5 5 -6 251 250 4294967295 4294967294 0 1
// -2.5 2.5 false true
// -128 127
// 5 5 2.5
