// unicode.SimpleFold walks each rune's orbit of case-equivalent runes
// (k, K, Kelvin sign; s, S, long s; the Greek sigmas ...) back to itself.
package main

import (
	"fmt"
	"unicode"
)

func orbit(r rune) []rune {
	out := []rune{r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		out = append(out, f)
	}
	return out
}

func main() {
	for _, r := range []rune{'A', 'a', 'k', 'K', 'K', 's', 'ſ', 'σ', 'ς', 'Σ', 'µ', 'Μ', 'ǅ', 'θ', 'ϑ', 'ß', 'ẞ',
		'1', ' ', 'İ', 'ı', 'ι', 'ͅ', 'ι', '𐐀', 'ꙋ', 'ᲈ', -2, 0x110000, unicode.MaxRune} {
		fmt.Printf("%U %q\n", r, orbit(r))
	}
}
// Output:
// U+0041 ['A' 'a']
// U+0061 ['a' 'A']
// U+006B ['k' 'K' 'K']
// U+004B ['K' 'k' 'K']
// U+004B ['K' 'k' 'K']
// U+0073 ['s' 'ſ' 'S']
// U+017F ['ſ' 'S' 's']
// U+03C3 ['σ' 'Σ' 'ς']
// U+03C2 ['ς' 'σ' 'Σ']
// U+03A3 ['Σ' 'ς' 'σ']
// U+00B5 ['µ' 'Μ' 'μ']
// U+039C ['Μ' 'μ' 'µ']
// U+01C5 ['ǅ' 'ǆ' 'Ǆ']
// U+03B8 ['θ' 'ϑ' 'ϴ' 'Θ']
// U+03D1 ['ϑ' 'ϴ' 'Θ' 'θ']
// U+00DF ['ß' 'ẞ']
// U+1E9E ['ẞ' 'ß']
// U+0031 ['1']
// U+0020 [' ']
// U+0130 ['İ']
// U+0131 ['ı']
// U+03B9 ['ι' 'ι' 'ͅ' 'Ι']
// U+0345 ['ͅ' 'Ι' 'ι' 'ι']
// U+03B9 ['ι' 'ι' 'ͅ' 'Ι']
// U+10400 ['𐐀' '𐐨']
// U+A64B ['ꙋ' 'ᲈ' 'Ꙋ']
// U+1C88 ['ᲈ' 'Ꙋ' 'ꙋ']
// U+FFFFFFFFFFFFFFFE ['�']
// U+110000 ['�']
// U+10FFFF ['\U0010ffff']
