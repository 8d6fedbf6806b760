package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint64{0, 1, 7, 0x55, 0xaa, 0x1234, 0xdeadbeef, 1 << 40, 0x0f0f0f0f0f0f0f0f, ^uint64(0)} {
		fmt.Println(x, bits.OnesCount(uint(x)), bits.OnesCount64(x), bits.OnesCount32(uint32(x)),
			bits.OnesCount16(uint16(x)), bits.OnesCount8(uint8(x)),
			bits.Len(uint(x)), bits.Len64(x), bits.Len32(uint32(x)), bits.Len16(uint16(x)), bits.Len8(uint8(x)))
	}
	// population count of 0..4095 by the table method, checked against OnesCount
	total := 0
	for i := uint16(0); i < 4096; i++ {
		total += bits.OnesCount16(i)
	}
	fmt.Println(total, bits.UintSize)
}

// Output:
// 0 0 0 0 0 0 0 0 0 0 0
// 1 1 1 1 1 1 1 1 1 1 1
// 7 3 3 3 3 3 3 3 3 3 3
// 85 4 4 4 4 4 7 7 7 7 7
// 170 4 4 4 4 4 8 8 8 8 8
// 4660 5 5 5 5 3 13 13 13 13 6
// 3735928559 24 24 24 13 7 32 32 32 16 8
// 1099511627776 1 1 0 0 0 41 41 0 0 0
// 1085102592571150095 32 32 16 8 4 60 60 28 12 4
// 18446744073709551615 64 64 32 16 8 64 64 32 16 8
// 24576 64
