// unicode.Is and In over every rune of the planes in use with Go's tables,
// against the predicates that use the same tables: Is(Letter) is
// IsLetter, In(Nd) is IsDigit, and so on; and a count per script for a
// few scripts.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	bad := 0
	counts := make([]int, 6)
	scripts := []*unicode.RangeTable{unicode.Latin, unicode.Greek, unicode.Han, unicode.Arabic, unicode.Common, unicode.Inherited}
	digits := []*unicode.RangeTable{unicode.Nd}
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if r == 0x32000 {
			r = 0xE0000 // planes 4 to 13 hold no assigned runes
		}
		if unicode.Is(unicode.Letter, r) != unicode.IsLetter(r) ||
			unicode.Is(unicode.Upper, r) != unicode.IsUpper(r) ||
			unicode.In(r, digits...) != unicode.IsDigit(r) ||
			unicode.Is(unicode.Punct, r) != unicode.IsPunct(r) ||
			unicode.IsOneOf(unicode.PrintRanges, r) != (unicode.IsPrint(r) && r != ' ') {
			bad++
		}
		for i, t := range scripts {
			if unicode.Is(t, r) {
				counts[i]++
			}
		}
	}
	fmt.Println(bad, counts, unicode.In('٣', unicode.Latin, unicode.Nd), unicode.In('x', unicode.Greek, unicode.Nd))
}
// Output:
// 0 [1374 518 94204 1291 8087 573] true false
