// strconv.ParseInt in base 0 (prefixes 0b, 0o, 0x, a leading 0 for octal,
// underscores between digits) and in explicit bases 2 to 36.
package main

import (
	"fmt"
	"strconv"
)

func show(s string, base int) {
	n, err := strconv.ParseInt(s, base, 64)
	fmt.Printf("ParseInt(%q, %d) = %d, %v\n", s, base, n, err)
}

func main() {
	for _, s := range []string{"0b101", "0B11", "0o17", "0O17", "017", "0x1f", "0XFF", "-0x10", "+0b1",
		"1_000_000", "0x_1F", "0_17", "1__0", "_10", "10_", "0b", "0x", "0o", "0", "00", "08", "0b2",
		"-1_2", "0x1_f_f", "1_2e3"} {
		show(s, 0)
	}
	for base := 2; base <= 36; base++ {
		show("10", base)
		show("zz", base)
	}
	show("Z", 36)
	show("1_0", 10)
	show("0x10", 16)
	show("7fffffffffffffff", 16)
	show("-8000000000000000", 16)
	show("8000000000000000", 16)
	show("1111111111111111111111111111111111111111111111111111111111111111", 2)
}
// Output:
// ParseInt("0b101", 0) = 5, <nil>
// ParseInt("0B11", 0) = 3, <nil>
// ParseInt("0o17", 0) = 15, <nil>
// ParseInt("0O17", 0) = 15, <nil>
// ParseInt("017", 0) = 15, <nil>
// ParseInt("0x1f", 0) = 31, <nil>
// ParseInt("0XFF", 0) = 255, <nil>
// ParseInt("-0x10", 0) = -16, <nil>
// ParseInt("+0b1", 0) = 1, <nil>
// ParseInt("1_000_000", 0) = 1000000, <nil>
// ParseInt("0x_1F", 0) = 31, <nil>
// ParseInt("0_17", 0) = 15, <nil>
// ParseInt("1__0", 0) = 0, strconv.ParseInt: parsing "1__0": invalid syntax
// ParseInt("_10", 0) = 0, strconv.ParseInt: parsing "_10": invalid syntax
// ParseInt("10_", 0) = 0, strconv.ParseInt: parsing "10_": invalid syntax
// ParseInt("0b", 0) = 0, strconv.ParseInt: parsing "0b": invalid syntax
// ParseInt("0x", 0) = 0, strconv.ParseInt: parsing "0x": invalid syntax
// ParseInt("0o", 0) = 0, strconv.ParseInt: parsing "0o": invalid syntax
// ParseInt("0", 0) = 0, <nil>
// ParseInt("00", 0) = 0, <nil>
// ParseInt("08", 0) = 0, strconv.ParseInt: parsing "08": invalid syntax
// ParseInt("0b2", 0) = 0, strconv.ParseInt: parsing "0b2": invalid syntax
// ParseInt("-1_2", 0) = -12, <nil>
// ParseInt("0x1_f_f", 0) = 511, <nil>
// ParseInt("1_2e3", 0) = 0, strconv.ParseInt: parsing "1_2e3": invalid syntax
// ParseInt("10", 2) = 2, <nil>
// ParseInt("zz", 2) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 3) = 3, <nil>
// ParseInt("zz", 3) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 4) = 4, <nil>
// ParseInt("zz", 4) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 5) = 5, <nil>
// ParseInt("zz", 5) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 6) = 6, <nil>
// ParseInt("zz", 6) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 7) = 7, <nil>
// ParseInt("zz", 7) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 8) = 8, <nil>
// ParseInt("zz", 8) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 9) = 9, <nil>
// ParseInt("zz", 9) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 10) = 10, <nil>
// ParseInt("zz", 10) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 11) = 11, <nil>
// ParseInt("zz", 11) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 12) = 12, <nil>
// ParseInt("zz", 12) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 13) = 13, <nil>
// ParseInt("zz", 13) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 14) = 14, <nil>
// ParseInt("zz", 14) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 15) = 15, <nil>
// ParseInt("zz", 15) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 16) = 16, <nil>
// ParseInt("zz", 16) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 17) = 17, <nil>
// ParseInt("zz", 17) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 18) = 18, <nil>
// ParseInt("zz", 18) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 19) = 19, <nil>
// ParseInt("zz", 19) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 20) = 20, <nil>
// ParseInt("zz", 20) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 21) = 21, <nil>
// ParseInt("zz", 21) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 22) = 22, <nil>
// ParseInt("zz", 22) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 23) = 23, <nil>
// ParseInt("zz", 23) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 24) = 24, <nil>
// ParseInt("zz", 24) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 25) = 25, <nil>
// ParseInt("zz", 25) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 26) = 26, <nil>
// ParseInt("zz", 26) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 27) = 27, <nil>
// ParseInt("zz", 27) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 28) = 28, <nil>
// ParseInt("zz", 28) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 29) = 29, <nil>
// ParseInt("zz", 29) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 30) = 30, <nil>
// ParseInt("zz", 30) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 31) = 31, <nil>
// ParseInt("zz", 31) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 32) = 32, <nil>
// ParseInt("zz", 32) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 33) = 33, <nil>
// ParseInt("zz", 33) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 34) = 34, <nil>
// ParseInt("zz", 34) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 35) = 35, <nil>
// ParseInt("zz", 35) = 0, strconv.ParseInt: parsing "zz": invalid syntax
// ParseInt("10", 36) = 36, <nil>
// ParseInt("zz", 36) = 1295, <nil>
// ParseInt("Z", 36) = 35, <nil>
// ParseInt("1_0", 10) = 0, strconv.ParseInt: parsing "1_0": invalid syntax
// ParseInt("0x10", 16) = 0, strconv.ParseInt: parsing "0x10": invalid syntax
// ParseInt("7fffffffffffffff", 16) = 9223372036854775807, <nil>
// ParseInt("-8000000000000000", 16) = -9223372036854775808, <nil>
// ParseInt("8000000000000000", 16) = 9223372036854775807, strconv.ParseInt: parsing "8000000000000000": value out of range
// ParseInt("1111111111111111111111111111111111111111111111111111111111111111", 2) = 9223372036854775807, strconv.ParseInt: parsing "1111111111111111111111111111111111111111111111111111111111111111": value out of range
