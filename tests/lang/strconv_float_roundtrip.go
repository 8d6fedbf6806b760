// FormatFloat(-1) then ParseFloat gives back the same float64 and float32
// for many values spread over the whole range (a fixed pseudo-random
// sequence of bit patterns).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	x := uint64(88172645463325252)
	bad := 0
	var sum uint64
	for i := 0; i < 20000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		f := float64(int64(x>>11)) * float64(x&0xff) / 3.0e10
		if i%3 == 1 {
			f = 1 / f
		}
		for _, format := range []byte{'e', 'f', 'g'} {
			s := strconv.FormatFloat(f, format, -1, 64)
			g, err := strconv.ParseFloat(s, 64)
			if err != nil || g != f {
				bad++
			}
			s32 := strconv.FormatFloat(f, format, -1, 32)
			g32, err := strconv.ParseFloat(s32, 32)
			if err != nil || float32(g32) != float32(f) {
				bad++
			}
			for _, c := range []byte(s + s32) {
				sum = sum*31 + uint64(c)
			}
		}
		if i%4000 == 0 {
			fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 8, 32))
		}
	}
	fmt.Println("bad", bad, "checksum", sum)
}
// Output:
// 2.50609051271716e+07 2.50609060e+07
// 3.4788310820688077e-07 3.47883116e-07
// 2.2656994494537886e+07 2.26569940e+07
// 1.8339597806978645e+06 1.83395975e+06
// 7.964908680198327e-08 7.96490838e-08
// bad 0 checksum 2419886672750110989
