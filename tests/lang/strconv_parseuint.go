// strconv.ParseUint: no sign allowed, base prefixes, overflow found at the
// digit that overflows even when a bad byte follows.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "42", "+42", "-42", "0xffffffffffffffff", "0x10000000000000000",
		"18446744073709551615", "18446744073709551616", "99999999999999999999x", "x99999999999999999999",
		"0b1111", "0o777", "0777", "1_000", "", "abc"} {
		n, err := strconv.ParseUint(s, 0, 64)
		fmt.Printf("%q %d %v\n", s, n, err)
		n, err = strconv.ParseUint(s, 10, 64)
		fmt.Printf("%q %d %v\n", s, n, err)
	}
	n, err := strconv.ParseUint("zzzzzzzzzzzzzzzzzzz", 36, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseUint("3w5e11264sgsf", 36, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseUint("3w5e11264sgsg", 36, 64)
	fmt.Println(n, err)
}
// Output:
// "0" 0 <nil>
// "0" 0 <nil>
// "42" 42 <nil>
// "42" 42 <nil>
// "+42" 0 strconv.ParseUint: parsing "+42": invalid syntax
// "+42" 0 strconv.ParseUint: parsing "+42": invalid syntax
// "-42" 0 strconv.ParseUint: parsing "-42": invalid syntax
// "-42" 0 strconv.ParseUint: parsing "-42": invalid syntax
// "0xffffffffffffffff" 18446744073709551615 <nil>
// "0xffffffffffffffff" 0 strconv.ParseUint: parsing "0xffffffffffffffff": invalid syntax
// "0x10000000000000000" 18446744073709551615 strconv.ParseUint: parsing "0x10000000000000000": value out of range
// "0x10000000000000000" 0 strconv.ParseUint: parsing "0x10000000000000000": invalid syntax
// "18446744073709551615" 18446744073709551615 <nil>
// "18446744073709551615" 18446744073709551615 <nil>
// "18446744073709551616" 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
// "18446744073709551616" 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
// "99999999999999999999x" 18446744073709551615 strconv.ParseUint: parsing "99999999999999999999x": value out of range
// "99999999999999999999x" 18446744073709551615 strconv.ParseUint: parsing "99999999999999999999x": value out of range
// "x99999999999999999999" 0 strconv.ParseUint: parsing "x99999999999999999999": invalid syntax
// "x99999999999999999999" 0 strconv.ParseUint: parsing "x99999999999999999999": invalid syntax
// "0b1111" 15 <nil>
// "0b1111" 0 strconv.ParseUint: parsing "0b1111": invalid syntax
// "0o777" 511 <nil>
// "0o777" 0 strconv.ParseUint: parsing "0o777": invalid syntax
// "0777" 511 <nil>
// "0777" 777 <nil>
// "1_000" 1000 <nil>
// "1_000" 0 strconv.ParseUint: parsing "1_000": invalid syntax
// "" 0 strconv.ParseUint: parsing "": invalid syntax
// "" 0 strconv.ParseUint: parsing "": invalid syntax
// "abc" 0 strconv.ParseUint: parsing "abc": invalid syntax
// "abc" 0 strconv.ParseUint: parsing "abc": invalid syntax
// 18446744073709551615 strconv.ParseUint: parsing "zzzzzzzzzzzzzzzzzzz": value out of range
// 18446744073709551615 <nil>
// 18446744073709551615 strconv.ParseUint: parsing "3w5e11264sgsg": value out of range
