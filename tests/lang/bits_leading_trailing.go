package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 0x10000, 1 << 31, 1 << 32, 1<<63 | 1, ^uint64(0)} {
		fmt.Println(x, bits.LeadingZeros(uint(x)), bits.LeadingZeros64(x), bits.LeadingZeros32(uint32(x)),
			bits.LeadingZeros16(uint16(x)), bits.LeadingZeros8(uint8(x)),
			bits.TrailingZeros(uint(x)), bits.TrailingZeros64(x), bits.TrailingZeros32(uint32(x)),
			bits.TrailingZeros16(uint16(x)), bits.TrailingZeros8(uint8(x)))
	}
}

// Output:
// 0 64 64 32 16 8 64 64 32 16 8
// 1 63 63 31 15 7 0 0 0 0 0
// 2 62 62 30 14 6 1 1 1 1 1
// 3 62 62 30 14 6 0 0 0 0 0
// 128 56 56 24 8 0 7 7 7 7 7
// 255 56 56 24 8 0 0 0 0 0 0
// 256 55 55 23 7 8 8 8 8 8 8
// 32768 48 48 16 0 8 15 15 15 15 8
// 65535 48 48 16 0 0 0 0 0 0 0
// 65536 47 47 15 16 8 16 16 16 16 8
// 2147483648 32 32 0 16 8 31 31 31 16 8
// 4294967296 31 31 32 16 8 32 32 32 16 8
// 9223372036854775809 0 0 31 15 7 0 0 0 0 0
// 18446744073709551615 0 0 0 0 0 0 0 0 0 0
