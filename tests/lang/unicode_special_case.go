// unicode.SpecialCase: TurkishCase (and AzeriCase, the same table) maps
// dotted and dotless i first, other runes as the ordinary mappings; a
// program's own SpecialCase works the same way.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'i', 'I', 'İ', 'ı', 'a', 'Z', 'é', 'σ'} {
		fmt.Printf("%q: %q %q %q | %q %q %q\n", r,
			unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r), unicode.TurkishCase.ToTitle(r),
			unicode.AzeriCase.ToUpper(r), unicode.AzeriCase.ToLower(r), unicode.AzeriCase.ToTitle(r))
	}
	fmt.Println(len(unicode.TurkishCase), unicode.TurkishCase[0].Lo, unicode.TurkishCase[0].Delta)
	mine := unicode.SpecialCase{
		unicode.CaseRange{Lo: 'a', Hi: 'c', Delta: [unicode.MaxCase]rune{2, 0, 3}},
		unicode.CaseRange{Lo: 'x', Hi: 'x', Delta: [unicode.MaxCase]rune{0, 0, 0}},
	}
	for _, r := range "abcdxyz" {
		fmt.Printf("%q %q %q ", mine.ToUpper(r), mine.ToLower(r), mine.ToTitle(r))
	}
	fmt.Println()
}
// Output:
// 'i': 'İ' 'i' 'İ' | 'İ' 'i' 'İ'
// 'I': 'I' 'ı' 'I' | 'I' 'ı' 'I'
// 'İ': 'İ' 'i' 'İ' | 'İ' 'i' 'İ'
// 'ı': 'I' 'ı' 'I' | 'I' 'ı' 'I'
// 'a': 'A' 'a' 'A' | 'A' 'a' 'A'
// 'Z': 'Z' 'z' 'Z' | 'Z' 'z' 'Z'
// 'é': 'É' 'é' 'É' | 'É' 'é' 'É'
// 'σ': 'Σ' 'σ' 'Σ' | 'Σ' 'σ' 'Σ'
// 4 73 [0 232 0]
// 'c' 'a' 'd' 'd' 'b' 'e' 'e' 'c' 'f' 'D' 'd' 'D' 'x' 'x' 'x' 'Y' 'y' 'Y' 'Z' 'z' 'Z' 
