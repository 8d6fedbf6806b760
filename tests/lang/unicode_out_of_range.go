// unicode's functions on values that are not runes: negative numbers and
// numbers past MaxRune are no class and map to themselves (To with a bad
// case gives ReplacementChar).
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{-1, -65, -0x80000000, 0x110000, 0x7fffffff, 0x10ffff + 0x61} {
		fmt.Println(r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsPrint(r),
			unicode.IsGraphic(r), unicode.IsControl(r), unicode.IsUpper(r), unicode.IsPunct(r), unicode.IsMark(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r),
			unicode.Is(unicode.Latin, r), unicode.In(r, unicode.Han, unicode.L), unicode.To(unicode.LowerCase, r))
	}
}
// Output:
// -1 false false false false false false false false false -1 -1 -1 -1 false false -1
// -65 false false false false false false false false false -65 -65 -65 -65 false false -65
// -2147483648 false false false false false false false false false -2147483648 -2147483648 -2147483648 -2147483648 false false -2147483648
// 1114112 false false false false false false false false false 1114112 1114112 1114112 1114112 false false 1114112
// 2147483647 false false false false false false false false false 2147483647 2147483647 2147483647 2147483647 false false 2147483647
// 1114208 false false false false false false false false false 1114208 1114208 1114208 1114208 false false 1114208
