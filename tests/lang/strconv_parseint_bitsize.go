// strconv.ParseInt and ParseUint with each bit size: the largest values,
// and the clamped values that come with ErrRange.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, bits := range []int{0, 1, 7, 8, 16, 32, 33, 63, 64} {
		for _, s := range []string{"127", "128", "-128", "-129", "255", "256", "32767", "-32769",
			"2147483647", "2147483648", "-2147483649", "4294967295", "4294967296",
			"9223372036854775807", "18446744073709551615", "18446744073709551616", "0", "1", "-1"} {
			i, err := strconv.ParseInt(s, 10, bits)
			u, uerr := strconv.ParseUint(s, 10, bits)
			fmt.Println(bits, s, i, err, u, uerr)
		}
	}
}
// Output:
// 0 127 127 <nil> 127 <nil>
// 0 128 128 <nil> 128 <nil>
// 0 -128 -128 <nil> 0 strconv.ParseUint: parsing "-128": invalid syntax
// 0 -129 -129 <nil> 0 strconv.ParseUint: parsing "-129": invalid syntax
// 0 255 255 <nil> 255 <nil>
// 0 256 256 <nil> 256 <nil>
// 0 32767 32767 <nil> 32767 <nil>
// 0 -32769 -32769 <nil> 0 strconv.ParseUint: parsing "-32769": invalid syntax
// 0 2147483647 2147483647 <nil> 2147483647 <nil>
// 0 2147483648 2147483648 <nil> 2147483648 <nil>
// 0 -2147483649 -2147483649 <nil> 0 strconv.ParseUint: parsing "-2147483649": invalid syntax
// 0 4294967295 4294967295 <nil> 4294967295 <nil>
// 0 4294967296 4294967296 <nil> 4294967296 <nil>
// 0 9223372036854775807 9223372036854775807 <nil> 9223372036854775807 <nil>
// 0 18446744073709551615 9223372036854775807 strconv.ParseInt: parsing "18446744073709551615": value out of range 18446744073709551615 <nil>
// 0 18446744073709551616 9223372036854775807 strconv.ParseInt: parsing "18446744073709551616": value out of range 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
// 0 0 0 <nil> 0 <nil>
// 0 1 1 <nil> 1 <nil>
// 0 -1 -1 <nil> 0 strconv.ParseUint: parsing "-1": invalid syntax
// 1 127 0 strconv.ParseInt: parsing "127": value out of range 1 strconv.ParseUint: parsing "127": value out of range
// 1 128 0 strconv.ParseInt: parsing "128": value out of range 1 strconv.ParseUint: parsing "128": value out of range
// 1 -128 -1 <nil> 0 strconv.ParseUint: parsing "-128": invalid syntax
// 1 -129 -1 <nil> 0 strconv.ParseUint: parsing "-129": invalid syntax
// 1 255 0 strconv.ParseInt: parsing "255": value out of range 1 strconv.ParseUint: parsing "255": value out of range
// 1 256 0 strconv.ParseInt: parsing "256": value out of range 1 strconv.ParseUint: parsing "256": value out of range
// 1 32767 0 strconv.ParseInt: parsing "32767": value out of range 1 strconv.ParseUint: parsing "32767": value out of range
// 1 -32769 -1 <nil> 0 strconv.ParseUint: parsing "-32769": invalid syntax
// 1 2147483647 0 strconv.ParseInt: parsing "2147483647": value out of range 1 strconv.ParseUint: parsing "2147483647": value out of range
// 1 2147483648 0 strconv.ParseInt: parsing "2147483648": value out of range 1 strconv.ParseUint: parsing "2147483648": value out of range
// 1 -2147483649 -1 <nil> 0 strconv.ParseUint: parsing "-2147483649": invalid syntax
// 1 4294967295 0 strconv.ParseInt: parsing "4294967295": value out of range 1 strconv.ParseUint: parsing "4294967295": value out of range
// 1 4294967296 0 strconv.ParseInt: parsing "4294967296": value out of range 1 strconv.ParseUint: parsing "4294967296": value out of range
// 1 9223372036854775807 0 strconv.ParseInt: parsing "9223372036854775807": value out of range 1 strconv.ParseUint: parsing "9223372036854775807": value out of range
// 1 18446744073709551615 0 strconv.ParseInt: parsing "18446744073709551615": value out of range 1 strconv.ParseUint: parsing "18446744073709551615": value out of range
// 1 18446744073709551616 0 strconv.ParseInt: parsing "18446744073709551616": value out of range 1 strconv.ParseUint: parsing "18446744073709551616": value out of range
// 1 0 0 <nil> 0 <nil>
// 1 1 0 strconv.ParseInt: parsing "1": value out of range 1 <nil>
// 1 -1 -1 <nil> 0 strconv.ParseUint: parsing "-1": invalid syntax
// 7 127 63 strconv.ParseInt: parsing "127": value out of range 127 <nil>
// 7 128 63 strconv.ParseInt: parsing "128": value out of range 127 strconv.ParseUint: parsing "128": value out of range
// 7 -128 -64 strconv.ParseInt: parsing "-128": value out of range 0 strconv.ParseUint: parsing "-128": invalid syntax
// 7 -129 -64 strconv.ParseInt: parsing "-129": value out of range 0 strconv.ParseUint: parsing "-129": invalid syntax
// 7 255 63 strconv.ParseInt: parsing "255": value out of range 127 strconv.ParseUint: parsing "255": value out of range
// 7 256 63 strconv.ParseInt: parsing "256": value out of range 127 strconv.ParseUint: parsing "256": value out of range
// 7 32767 63 strconv.ParseInt: parsing "32767": value out of range 127 strconv.ParseUint: parsing "32767": value out of range
// 7 -32769 -64 strconv.ParseInt: parsing "-32769": value out of range 0 strconv.ParseUint: parsing "-32769": invalid syntax
// 7 2147483647 63 strconv.ParseInt: parsing "2147483647": value out of range 127 strconv.ParseUint: parsing "2147483647": value out of range
// 7 2147483648 63 strconv.ParseInt: parsing "2147483648": value out of range 127 strconv.ParseUint: parsing "2147483648": value out of range
// 7 -2147483649 -64 strconv.ParseInt: parsing "-2147483649": value out of range 0 strconv.ParseUint: parsing "-2147483649": invalid syntax
// 7 4294967295 63 strconv.ParseInt: parsing "4294967295": value out of range 127 strconv.ParseUint: parsing "4294967295": value out of range
// 7 4294967296 63 strconv.ParseInt: parsing "4294967296": value out of range 127 strconv.ParseUint: parsing "4294967296": value out of range
// 7 9223372036854775807 63 strconv.ParseInt: parsing "9223372036854775807": value out of range 127 strconv.ParseUint: parsing "9223372036854775807": value out of range
// 7 18446744073709551615 63 strconv.ParseInt: parsing "18446744073709551615": value out of range 127 strconv.ParseUint: parsing "18446744073709551615": value out of range
// 7 18446744073709551616 63 strconv.ParseInt: parsing "18446744073709551616": value out of range 127 strconv.ParseUint: parsing "18446744073709551616": value out of range
// 7 0 0 <nil> 0 <nil>
// 7 1 1 <nil> 1 <nil>
// 7 -1 -1 <nil> 0 strconv.ParseUint: parsing "-1": invalid syntax
// 8 127 127 <nil> 127 <nil>
// 8 128 127 strconv.ParseInt: parsing "128": value out of range 128 <nil>
// 8 -128 -128 <nil> 0 strconv.ParseUint: parsing "-128": invalid syntax
// 8 -129 -128 strconv.ParseInt: parsing "-129": value out of range 0 strconv.ParseUint: parsing "-129": invalid syntax
// 8 255 127 strconv.ParseInt: parsing "255": value out of range 255 <nil>
// 8 256 127 strconv.ParseInt: parsing "256": value out of range 255 strconv.ParseUint: parsing "256": value out of range
// 8 32767 127 strconv.ParseInt: parsing "32767": value out of range 255 strconv.ParseUint: parsing "32767": value out of range
// 8 -32769 -128 strconv.ParseInt: parsing "-32769": value out of range 0 strconv.ParseUint: parsing "-32769": invalid syntax
// 8 2147483647 127 strconv.ParseInt: parsing "2147483647": value out of range 255 strconv.ParseUint: parsing "2147483647": value out of range
// 8 2147483648 127 strconv.ParseInt: parsing "2147483648": value out of range 255 strconv.ParseUint: parsing "2147483648": value out of range
// 8 -2147483649 -128 strconv.ParseInt: parsing "-2147483649": value out of range 0 strconv.ParseUint: parsing "-2147483649": invalid syntax
// 8 4294967295 127 strconv.ParseInt: parsing "4294967295": value out of range 255 strconv.ParseUint: parsing "4294967295": value out of range
// 8 4294967296 127 strconv.ParseInt: parsing "4294967296": value out of range 255 strconv.ParseUint: parsing "4294967296": value out of range
// 8 9223372036854775807 127 strconv.ParseInt: parsing "9223372036854775807": value out of range 255 strconv.ParseUint: parsing "9223372036854775807": value out of range
// 8 18446744073709551615 127 strconv.ParseInt: parsing "18446744073709551615": value out of range 255 strconv.ParseUint: parsing "18446744073709551615": value out of range
// 8 18446744073709551616 127 strconv.ParseInt: parsing "18446744073709551616": value out of range 255 strconv.ParseUint: parsing "18446744073709551616": value out of range
// 8 0 0 <nil> 0 <nil>
// 8 1 1 <nil> 1 <nil>
// 8 -1 -1 <nil> 0 strconv.ParseUint: parsing "-1": invalid syntax
// 16 127 127 <nil> 127 <nil>
// 16 128 128 <nil> 128 <nil>
// 16 -128 -128 <nil> 0 strconv.ParseUint: parsing "-128": invalid syntax
// 16 -129 -129 <nil> 0 strconv.ParseUint: parsing "-129": invalid syntax
// 16 255 255 <nil> 255 <nil>
// 16 256 256 <nil> 256 <nil>
// 16 32767 32767 <nil> 32767 <nil>
// 16 -32769 -32768 strconv.ParseInt: parsing "-32769": value out of range 0 strconv.ParseUint: parsing "-32769": invalid syntax
// 16 2147483647 32767 strconv.ParseInt: parsing "2147483647": value out of range 65535 strconv.ParseUint: parsing "2147483647": value out of range
// 16 2147483648 32767 strconv.ParseInt: parsing "2147483648": value out of range 65535 strconv.ParseUint: parsing "2147483648": value out of range
// 16 -2147483649 -32768 strconv.ParseInt: parsing "-2147483649": value out of range 0 strconv.ParseUint: parsing "-2147483649": invalid syntax
// 16 4294967295 32767 strconv.ParseInt: parsing "4294967295": value out of range 65535 strconv.ParseUint: parsing "4294967295": value out of range
// 16 4294967296 32767 strconv.ParseInt: parsing "4294967296": value out of range 65535 strconv.ParseUint: parsing "4294967296": value out of range
// 16 9223372036854775807 32767 strconv.ParseInt: parsing "9223372036854775807": value out of range 65535 strconv.ParseUint: parsing "9223372036854775807": value out of range
// 16 18446744073709551615 32767 strconv.ParseInt: parsing "18446744073709551615": value out of range 65535 strconv.ParseUint: parsing "18446744073709551615": value out of range
// 16 18446744073709551616 32767 strconv.ParseInt: parsing "18446744073709551616": value out of range 65535 strconv.ParseUint: parsing "18446744073709551616": value out of range
// 16 0 0 <nil> 0 <nil>
// 16 1 1 <nil> 1 <nil>
// 16 -1 -1 <nil> 0 strconv.ParseUint: parsing "-1": invalid syntax
// 32 127 127 <nil> 127 <nil>
// 32 128 128 <nil> 128 <nil>
// 32 -128 -128 <nil> 0 strconv.ParseUint: parsing "-128": invalid syntax
// 32 -129 -129 <nil> 0 strconv.ParseUint: parsing "-129": invalid syntax
// 32 255 255 <nil> 255 <nil>
// 32 256 256 <nil> 256 <nil>
// 32 32767 32767 <nil> 32767 <nil>
// 32 -32769 -32769 <nil> 0 strconv.ParseUint: parsing "-32769": invalid syntax
// 32 2147483647 2147483647 <nil> 2147483647 <nil>
// 32 2147483648 2147483647 strconv.ParseInt: parsing "2147483648": value out of range 2147483648 <nil>
// 32 -2147483649 -2147483648 strconv.ParseInt: parsing "-2147483649": value out of range 0 strconv.ParseUint: parsing "-2147483649": invalid syntax
// 32 4294967295 2147483647 strconv.ParseInt: parsing "4294967295": value out of range 4294967295 <nil>
// 32 4294967296 2147483647 strconv.ParseInt: parsing "4294967296": value out of range 4294967295 strconv.ParseUint: parsing "4294967296": value out of range
// 32 9223372036854775807 2147483647 strconv.ParseInt: parsing "9223372036854775807": value out of range 4294967295 strconv.ParseUint: parsing "9223372036854775807": value out of range
// 32 18446744073709551615 2147483647 strconv.ParseInt: parsing "18446744073709551615": value out of range 4294967295 strconv.ParseUint: parsing "18446744073709551615": value out of range
// 32 18446744073709551616 2147483647 strconv.ParseInt: parsing "18446744073709551616": value out of range 4294967295 strconv.ParseUint: parsing "18446744073709551616": value out of range
// 32 0 0 <nil> 0 <nil>
// 32 1 1 <nil> 1 <nil>
// 32 -1 -1 <nil> 0 strconv.ParseUint: parsing "-1": invalid syntax
// 33 127 127 <nil> 127 <nil>
// 33 128 128 <nil> 128 <nil>
// 33 -128 -128 <nil> 0 strconv.ParseUint: parsing "-128": invalid syntax
// 33 -129 -129 <nil> 0 strconv.ParseUint: parsing "-129": invalid syntax
// 33 255 255 <nil> 255 <nil>
// 33 256 256 <nil> 256 <nil>
// 33 32767 32767 <nil> 32767 <nil>
// 33 -32769 -32769 <nil> 0 strconv.ParseUint: parsing "-32769": invalid syntax
// 33 2147483647 2147483647 <nil> 2147483647 <nil>
// 33 2147483648 2147483648 <nil> 2147483648 <nil>
// 33 -2147483649 -2147483649 <nil> 0 strconv.ParseUint: parsing "-2147483649": invalid syntax
// 33 4294967295 4294967295 <nil> 4294967295 <nil>
// 33 4294967296 4294967295 strconv.ParseInt: parsing "4294967296": value out of range 4294967296 <nil>
// 33 9223372036854775807 4294967295 strconv.ParseInt: parsing "9223372036854775807": value out of range 8589934591 strconv.ParseUint: parsing "9223372036854775807": value out of range
// 33 18446744073709551615 4294967295 strconv.ParseInt: parsing "18446744073709551615": value out of range 8589934591 strconv.ParseUint: parsing "18446744073709551615": value out of range
// 33 18446744073709551616 4294967295 strconv.ParseInt: parsing "18446744073709551616": value out of range 8589934591 strconv.ParseUint: parsing "18446744073709551616": value out of range
// 33 0 0 <nil> 0 <nil>
// 33 1 1 <nil> 1 <nil>
// 33 -1 -1 <nil> 0 strconv.ParseUint: parsing "-1": invalid syntax
// 63 127 127 <nil> 127 <nil>
// 63 128 128 <nil> 128 <nil>
// 63 -128 -128 <nil> 0 strconv.ParseUint: parsing "-128": invalid syntax
// 63 -129 -129 <nil> 0 strconv.ParseUint: parsing "-129": invalid syntax
// 63 255 255 <nil> 255 <nil>
// 63 256 256 <nil> 256 <nil>
// 63 32767 32767 <nil> 32767 <nil>
// 63 -32769 -32769 <nil> 0 strconv.ParseUint: parsing "-32769": invalid syntax
// 63 2147483647 2147483647 <nil> 2147483647 <nil>
// 63 2147483648 2147483648 <nil> 2147483648 <nil>
// 63 -2147483649 -2147483649 <nil> 0 strconv.ParseUint: parsing "-2147483649": invalid syntax
// 63 4294967295 4294967295 <nil> 4294967295 <nil>
// 63 4294967296 4294967296 <nil> 4294967296 <nil>
// 63 9223372036854775807 4611686018427387903 strconv.ParseInt: parsing "9223372036854775807": value out of range 9223372036854775807 <nil>
// 63 18446744073709551615 4611686018427387903 strconv.ParseInt: parsing "18446744073709551615": value out of range 9223372036854775807 strconv.ParseUint: parsing "18446744073709551615": value out of range
// 63 18446744073709551616 4611686018427387903 strconv.ParseInt: parsing "18446744073709551616": value out of range 9223372036854775807 strconv.ParseUint: parsing "18446744073709551616": value out of range
// 63 0 0 <nil> 0 <nil>
// 63 1 1 <nil> 1 <nil>
// 63 -1 -1 <nil> 0 strconv.ParseUint: parsing "-1": invalid syntax
// 64 127 127 <nil> 127 <nil>
// 64 128 128 <nil> 128 <nil>
// 64 -128 -128 <nil> 0 strconv.ParseUint: parsing "-128": invalid syntax
// 64 -129 -129 <nil> 0 strconv.ParseUint: parsing "-129": invalid syntax
// 64 255 255 <nil> 255 <nil>
// 64 256 256 <nil> 256 <nil>
// 64 32767 32767 <nil> 32767 <nil>
// 64 -32769 -32769 <nil> 0 strconv.ParseUint: parsing "-32769": invalid syntax
// 64 2147483647 2147483647 <nil> 2147483647 <nil>
// 64 2147483648 2147483648 <nil> 2147483648 <nil>
// 64 -2147483649 -2147483649 <nil> 0 strconv.ParseUint: parsing "-2147483649": invalid syntax
// 64 4294967295 4294967295 <nil> 4294967295 <nil>
// 64 4294967296 4294967296 <nil> 4294967296 <nil>
// 64 9223372036854775807 9223372036854775807 <nil> 9223372036854775807 <nil>
// 64 18446744073709551615 9223372036854775807 strconv.ParseInt: parsing "18446744073709551615": value out of range 18446744073709551615 <nil>
// 64 18446744073709551616 9223372036854775807 strconv.ParseInt: parsing "18446744073709551616": value out of range 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
// 64 0 0 <nil> 0 <nil>
// 64 1 1 <nil> 1 <nil>
// 64 -1 -1 <nil> 0 strconv.ParseUint: parsing "-1": invalid syntax
