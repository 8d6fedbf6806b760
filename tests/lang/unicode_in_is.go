// unicode.Is, In and IsOneOf with the script and category tables:
// classifying the runes of a mixed-script text.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	text := "Hello, Мир! Γειά σου 世界 こんにちは 안녕 שלום مرحبا नमस्ते ๑๒๓ 🙂"
	scripts := []struct {
		name string
		t    *unicode.RangeTable
	}{{"Latin", unicode.Latin}, {"Cyrillic", unicode.Cyrillic}, {"Greek", unicode.Greek}, {"Han", unicode.Han},
		{"Hiragana", unicode.Hiragana}, {"Hangul", unicode.Hangul}, {"Hebrew", unicode.Hebrew},
		{"Arabic", unicode.Arabic}, {"Devanagari", unicode.Devanagari}, {"Thai", unicode.Thai},
		{"Common", unicode.Common}}
	counts := map[string]int{}
	for _, r := range text {
		for _, s := range scripts {
			if unicode.Is(s.t, r) {
				counts[s.name]++
			}
		}
	}
	for _, s := range scripts {
		fmt.Println(s.name, counts[s.name])
	}
	fmt.Println(unicode.In('ж', unicode.Latin, unicode.Cyrillic), unicode.In('ж', unicode.Latin, unicode.Greek), unicode.In('x'))
	fmt.Println(unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Letter}, '٣'),
		unicode.IsOneOf(nil, 'a'), unicode.IsOneOf(unicode.PrintRanges, ' '), unicode.IsOneOf(unicode.GraphicRanges, 0x3000))
	fmt.Println(unicode.Is(unicode.White_Space, 0x85), unicode.Is(unicode.Hex_Digit, 'F'), unicode.Is(unicode.ASCII_Hex_Digit, 'ｆ'),
		unicode.Is(unicode.Hex_Digit, 'ｆ'), unicode.Is(unicode.Dash, '—'), unicode.Is(unicode.Quotation_Mark, '«'),
		unicode.Is(unicode.Regional_Indicator, 0x1F1FA), unicode.Is(unicode.Noncharacter_Code_Point, 0xFFFF))
	fmt.Println(unicode.Is(unicode.Lu, 'A'), unicode.Is(unicode.Ll, 'A'), unicode.Is(unicode.Nd, '٣'), unicode.Is(unicode.Sc, '€'),
		unicode.Is(unicode.Sm, '+'), unicode.Is(unicode.Zs, ' '), unicode.Is(unicode.Cc, '\n'), unicode.Is(unicode.Cf, 0xad),
		unicode.Is(unicode.Co, 0xe000), unicode.Is(unicode.Cs, 0xd800), unicode.Is(unicode.Pd, '-'), unicode.Is(unicode.Ps, '('))
}
// Output:
// Latin 5
// Cyrillic 3
// Greek 7
// Han 2
// Hiragana 5
// Hangul 2
// Hebrew 4
// Arabic 5
// Devanagari 6
// Thai 3
// Common 14
// true false false
// true false false true
// true true false true true true true true
// true false true true true true true true true true true true
