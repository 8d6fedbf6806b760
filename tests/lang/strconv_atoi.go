// strconv.Atoi: values, signs, and the errors Go returns with their values
// (the clamped value on overflow, 0 on a syntax error).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{
		"0", "123", "-123", "+123", "007", "-0", "", "+", "-", "1_000", " 1", "1 ",
		"12a", "0x10", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809",
		"99999999999999999999999", "-99999999999999999999999", "123456789012345678",
		"1234567890123456789", "١٢٣", "--1", "+-1",
	}
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		fmt.Printf("%q -> %d, %v\n", s, n, err)
	}
}
// Output:
// "0" -> 0, <nil>
// "123" -> 123, <nil>
// "-123" -> -123, <nil>
// "+123" -> 123, <nil>
// "007" -> 7, <nil>
// "-0" -> 0, <nil>
// "" -> 0, strconv.Atoi: parsing "": invalid syntax
// "+" -> 0, strconv.Atoi: parsing "+": invalid syntax
// "-" -> 0, strconv.Atoi: parsing "-": invalid syntax
// "1_000" -> 0, strconv.Atoi: parsing "1_000": invalid syntax
// " 1" -> 0, strconv.Atoi: parsing " 1": invalid syntax
// "1 " -> 0, strconv.Atoi: parsing "1 ": invalid syntax
// "12a" -> 0, strconv.Atoi: parsing "12a": invalid syntax
// "0x10" -> 0, strconv.Atoi: parsing "0x10": invalid syntax
// "9223372036854775807" -> 9223372036854775807, <nil>
// "9223372036854775808" -> 9223372036854775807, strconv.Atoi: parsing "9223372036854775808": value out of range
// "-9223372036854775808" -> -9223372036854775808, <nil>
// "-9223372036854775809" -> -9223372036854775808, strconv.Atoi: parsing "-9223372036854775809": value out of range
// "99999999999999999999999" -> 9223372036854775807, strconv.Atoi: parsing "99999999999999999999999": value out of range
// "-99999999999999999999999" -> -9223372036854775808, strconv.Atoi: parsing "-99999999999999999999999": value out of range
// "123456789012345678" -> 123456789012345678, <nil>
// "1234567890123456789" -> 1234567890123456789, <nil>
// "١٢٣" -> 0, strconv.Atoi: parsing "١٢٣": invalid syntax
// "--1" -> 0, strconv.Atoi: parsing "--1": invalid syntax
// "+-1" -> 0, strconv.Atoi: parsing "+-1": invalid syntax
