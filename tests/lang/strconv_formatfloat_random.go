// A differential test: FormatFloat over 50000 pseudo-random floats (tiny,
// huge, float32 and float64) in every format with precisions -1 to 23,
// folded into a checksum.
package main

import (
	"fmt"
	"strconv"
)

var x uint64 = 0xdeadbeef

func next() uint64 {
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	return x
}

func main() {
	var sum uint64
	for i := 0; i < 50000; i++ {
		v := float64(int64(next())) / float64(next()>>uint(next()%64)+1)
		if i%5 == 0 {
			v = v * 1e-300
		}
		if i%7 == 0 {
			v = v * 1e280
		}
		f := "beEfgGxX"[next()%8]
		prec := int(next()%25) - 1
		bits := 64
		if i%2 == 0 {
			bits = 32
		}
		s := strconv.FormatFloat(v, f, prec, bits)
		for j := 0; j < len(s); j++ {
			sum = sum*131 + uint64(s[j])
		}
		if i%5000 == 0 {
			fmt.Println(s)
		}
	}
	fmt.Println(sum)
}
// Output:
// 2.1314439e-10
// 0.000000000000000000
// 0X0.00000000P+00
// 0p-149
// 0p-149
// 0
// 0X0.0000000000000000P+00
// 5.327289631429e-15
// -0p-149
// -0.0000000000000000E+00
// 14237363532092284940
