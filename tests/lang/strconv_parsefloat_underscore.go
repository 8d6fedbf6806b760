// Underscores in strconv.ParseFloat: allowed between digits as in Go's
// literals (also in exponents), rejected anywhere else.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1_000", "1_000.5", "1_0.0_1", "1_000e1_0", "_1", "1_", "1__0", "1_.5", "1._5",
		"1e_5", "1e5_", "-1_0", "+_1", "0x_1p4", "0x1_p4", "0_1", "0_1.5", "1_2_3_4.5_6"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
}
// Output:
// 1_000 1000 <nil>
// 1_000.5 1000.5 <nil>
// 1_0.0_1 10.01 <nil>
// 1_000e1_0 1e+13 <nil>
// _1 0 strconv.ParseFloat: parsing "_1": invalid syntax
// 1_ 0 strconv.ParseFloat: parsing "1_": invalid syntax
// 1__0 0 strconv.ParseFloat: parsing "1__0": invalid syntax
// 1_.5 0 strconv.ParseFloat: parsing "1_.5": invalid syntax
// 1._5 0 strconv.ParseFloat: parsing "1._5": invalid syntax
// 1e_5 0 strconv.ParseFloat: parsing "1e_5": invalid syntax
// 1e5_ 0 strconv.ParseFloat: parsing "1e5_": invalid syntax
// -1_0 -10 <nil>
// +_1 0 strconv.ParseFloat: parsing "+_1": invalid syntax
// 0x_1p4 16 <nil>
// 0x1_p4 0 strconv.ParseFloat: parsing "0x1_p4": invalid syntax
// 0_1 1 <nil>
// 0_1.5 1.5 <nil>
// 1_2_3_4.5_6 1234.56 <nil>
