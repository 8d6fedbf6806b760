package main

import "fmt"

const (
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

func main() {
	fmt.Println(MaxInt8, MinInt8, MaxInt16, MinInt16)
	fmt.Println(MaxInt32, MinInt32)
	fmt.Println(MaxInt64, MinInt64)
	fmt.Println(MaxUint8, MaxUint16, MaxUint32, uint64(MaxUint64))
	var x int64 = MinInt64
	fmt.Println(x, x-1, -x)
	println(x, uint64(MaxUint64))
}

// Output:
// 127 -128 32767 -32768
// 2147483647 -2147483648
// 9223372036854775807 -9223372036854775808
// 255 65535 4294967295 18446744073709551615
// -9223372036854775808 9223372036854775807 -9223372036854775808
// -9223372036854775808 18446744073709551615
