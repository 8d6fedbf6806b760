// unicode's predicates on chosen runes: ASCII, Latin-1 (where Go uses its
// own properties table), other scripts, and the runes where categories
// and Go's definitions part (IsControl, IsSpace, IsPrint vs IsGraphic).
package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '\t', '\n', '\v', '\f', '\r', 0, 0x7f, 0x85, 0xa0, 0xaa, 0xad, 0xb2, 0xb5,
		0xba, 0xbc, 0xd7, 0xdf, 0xf7, 0xff, '_', '-', '$', '+', '€', 'é', 'ß', 'Σ', 'σ', 'ς', 'ǅ', 'ᾈ', '٣',
		'Ⅻ', '½', '中', 'の', '가', 0x300, 0x20dd, 0x2028, 0x2029, 0x3000, 0x200b, 0xfeff, 0x1f600, 0x1d7ce,
		0xe000, 0xd800, 0x10ffff, -1, 0x110000}
	for _, r := range runes {
		fmt.Printf("%U L%v U%v l%v T%v D%v N%v M%v P%v S%v Sp%v C%v G%v Pr%v\n", r,
			b(unicode.IsLetter(r)), b(unicode.IsUpper(r)), b(unicode.IsLower(r)), b(unicode.IsTitle(r)),
			b(unicode.IsDigit(r)), b(unicode.IsNumber(r)), b(unicode.IsMark(r)), b(unicode.IsPunct(r)),
			b(unicode.IsSymbol(r)), b(unicode.IsSpace(r)), b(unicode.IsControl(r)), b(unicode.IsGraphic(r)),
			b(unicode.IsPrint(r)))
	}
}

func b(v bool) int {
	if v {
		return 1
	}
	return 0
}
// Output:
// U+0061 L1 U0 l1 T0 D0 N0 M0 P0 S0 Sp0 C0 G1 Pr1
// U+005A L1 U1 l0 T0 D0 N0 M0 P0 S0 Sp0 C0 G1 Pr1
// U+0035 L0 U0 l0 T0 D1 N1 M0 P0 S0 Sp0 C0 G1 Pr1
// U+0020 L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp1 C0 G1 Pr1
// U+0009 L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp1 C1 G0 Pr0
// U+000A L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp1 C1 G0 Pr0
// U+000B L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp1 C1 G0 Pr0
// U+000C L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp1 C1 G0 Pr0
// U+000D L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp1 C1 G0 Pr0
// U+0000 L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp0 C1 G0 Pr0
// U+007F L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp0 C1 G0 Pr0
// U+0085 L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp1 C1 G0 Pr0
// U+00A0 L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp1 C0 G1 Pr0
// U+00AA L1 U0 l0 T0 D0 N0 M0 P0 S0 Sp0 C0 G1 Pr1
// U+00AD L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp0 C0 G0 Pr0
// U+00B2 L0 U0 l0 T0 D0 N1 M0 P0 S0 Sp0 C0 G1 Pr1
// U+00B5 L1 U0 l1 T0 D0 N0 M0 P0 S0 Sp0 C0 G1 Pr1
// U+00BA L1 U0 l0 T0 D0 N0 M0 P0 S0 Sp0 C0 G1 Pr1
// U+00BC L0 U0 l0 T0 D0 N1 M0 P0 S0 Sp0 C0 G1 Pr1
// U+00D7 L0 U0 l0 T0 D0 N0 M0 P0 S1 Sp0 C0 G1 Pr1
// U+00DF L1 U0 l1 T0 D0 N0 M0 P0 S0 Sp0 C0 G1 Pr1
// U+00F7 L0 U0 l0 T0 D0 N0 M0 P0 S1 Sp0 C0 G1 Pr1
// U+00FF L1 U0 l1 T0 D0 N0 M0 P0 S0 Sp0 C0 G1 Pr1
// U+005F L0 U0 l0 T0 D0 N0 M0 P1 S0 Sp0 C0 G1 Pr1
// U+002D L0 U0 l0 T0 D0 N0 M0 P1 S0 Sp0 C0 G1 Pr1
// U+0024 L0 U0 l0 T0 D0 N0 M0 P0 S1 Sp0 C0 G1 Pr1
// U+002B L0 U0 l0 T0 D0 N0 M0 P0 S1 Sp0 C0 G1 Pr1
// U+20AC L0 U0 l0 T0 D0 N0 M0 P0 S1 Sp0 C0 G1 Pr1
// U+00E9 L1 U0 l1 T0 D0 N0 M0 P0 S0 Sp0 C0 G1 Pr1
// U+00DF L1 U0 l1 T0 D0 N0 M0 P0 S0 Sp0 C0 G1 Pr1
// U+03A3 L1 U1 l0 T0 D0 N0 M0 P0 S0 Sp0 C0 G1 Pr1
// U+03C3 L1 U0 l1 T0 D0 N0 M0 P0 S0 Sp0 C0 G1 Pr1
// U+03C2 L1 U0 l1 T0 D0 N0 M0 P0 S0 Sp0 C0 G1 Pr1
// U+01C5 L1 U0 l0 T1 D0 N0 M0 P0 S0 Sp0 C0 G1 Pr1
// U+1F88 L1 U0 l0 T1 D0 N0 M0 P0 S0 Sp0 C0 G1 Pr1
// U+0663 L0 U0 l0 T0 D1 N1 M0 P0 S0 Sp0 C0 G1 Pr1
// U+216B L0 U0 l0 T0 D0 N1 M0 P0 S0 Sp0 C0 G1 Pr1
// U+00BD L0 U0 l0 T0 D0 N1 M0 P0 S0 Sp0 C0 G1 Pr1
// U+4E2D L1 U0 l0 T0 D0 N0 M0 P0 S0 Sp0 C0 G1 Pr1
// U+306E L1 U0 l0 T0 D0 N0 M0 P0 S0 Sp0 C0 G1 Pr1
// U+AC00 L1 U0 l0 T0 D0 N0 M0 P0 S0 Sp0 C0 G1 Pr1
// U+0300 L0 U0 l0 T0 D0 N0 M1 P0 S0 Sp0 C0 G1 Pr1
// U+20DD L0 U0 l0 T0 D0 N0 M1 P0 S0 Sp0 C0 G1 Pr1
// U+2028 L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp1 C0 G0 Pr0
// U+2029 L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp1 C0 G0 Pr0
// U+3000 L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp1 C0 G1 Pr0
// U+200B L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp0 C0 G0 Pr0
// U+FEFF L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp0 C0 G0 Pr0
// U+1F600 L0 U0 l0 T0 D0 N0 M0 P0 S1 Sp0 C0 G1 Pr1
// U+1D7CE L0 U0 l0 T0 D1 N1 M0 P0 S0 Sp0 C0 G1 Pr1
// U+E000 L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp0 C0 G0 Pr0
// U+D800 L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp0 C0 G0 Pr0
// U+10FFFF L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp0 C0 G0 Pr0
// U+FFFFFFFFFFFFFFFF L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp0 C0 G0 Pr0
// U+110000 L0 U0 l0 T0 D0 N0 M0 P0 S0 Sp0 C0 G0 Pr0
