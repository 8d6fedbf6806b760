// unicode's tables are ordinary Go values in the program's heap: a
// program may copy a table, change the copy, or build one from another.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	digits := *unicode.Digit
	digits.R16 = append([]unicode.Range16(nil), digits.R16[:1]...)
	digits.R32 = nil
	fmt.Println(unicode.Is(&digits, '7'), unicode.Is(&digits, '٣'), unicode.Is(unicode.Digit, '٣'))
	hex := &unicode.RangeTable{R16: append([]unicode.Range16{}, unicode.ASCII_Hex_Digit.R16...)}
	hex.R16[0].Hi = '5'
	fmt.Println(unicode.Is(hex, '5'), unicode.Is(hex, '6'), unicode.Is(unicode.ASCII_Hex_Digit, '6'))
	fmt.Println(len(unicode.ASCII_Hex_Digit.R16), unicode.ASCII_Hex_Digit.R16)
}
// Output:
// true false true
// true false true
// 3 [{48 57 1} {65 70 1} {97 102 1}]
