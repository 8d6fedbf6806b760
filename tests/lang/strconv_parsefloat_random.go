// A differential test: ParseFloat on 100000 generated decimal and hex texts
// near the ends of the float64 and float32 ranges and with long
// mantissas, the exact bits of each result folded into a checksum.
package main

import (
	"fmt"
	"strconv"
)

var x uint64 = 0x1234567

func next() uint64 {
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	return x
}

func main() {
	var sum uint64
	for i := 0; i < 100000; i++ {
		var s string
		switch i % 4 {
		case 0:
			s = strconv.FormatUint(next(), 10) + "e" + strconv.Itoa(int(next()%700)-350)
		case 1:
			s = "0." + strconv.FormatUint(next(), 10) + strconv.FormatUint(next(), 10) + "e-" + strconv.Itoa(int(next()%40)+300)
		case 2:
			s = "0x" + strconv.FormatUint(next(), 16) + "." + strconv.FormatUint(next(), 16) + "p" + strconv.Itoa(int(next()%2300)-1150)
		case 3:
			s = strconv.FormatUint(next()>>uint(next()%64), 10) + "." + strconv.FormatUint(next(), 10) + "e" + strconv.Itoa(int(next()%90)-45)
		}
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		t := fmt.Sprintf("%b %v %b %v", f, err != nil, float32(g), err2 != nil)
		for j := 0; j < len(t); j++ {
			sum = sum*131 + uint64(t[j])
		}
		if i%10000 == 0 {
			fmt.Println(s, t)
		}
	}
	fmt.Println(sum)
}
// Output:
// 20339441826970157e-225 7528627258221854p-746 false 0p-149 false
// 12977814692704724264e12 5763307472463774p+51 false 10734997p+80 false
// 16764158509642549029e-7 6866599325549588p-12 false 12790038p+17 false
// 6006551102300048370e311 +Inf true +Inf true
// 7993431893965010544e-254 4578462559802745p-833 false 0p-149 false
// 13431995207022145429e-232 8145865458827456p-760 false 0p-149 false
// 15736701454002807485e-98 5252092233423083p-314 false 0p-149 false
// 3805061590815302438e94 8907033438933741p+321 false +Inf true
// 3709058985860962495e-148 4631499804859186p-482 false 0p-149 false
// 8682293190937368363e175 5356449493884793p+592 false +Inf true
// 14740160024770100155
