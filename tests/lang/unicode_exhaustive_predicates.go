// Each of unicode's predicates over every rune of the planes in use (and
// a few past both ends): counts and position checksums, which match Go's
// only if every answer does.
package main

import (
	"fmt"
	"unicode"
)

type pred struct {
	name string
	f    func(rune) bool
}

func main() {
	preds := []pred{{"IsLetter", unicode.IsLetter}, {"IsUpper", unicode.IsUpper},
		{"IsLower", unicode.IsLower}, {"IsTitle", unicode.IsTitle}, {"IsDigit", unicode.IsDigit},
		{"IsNumber", unicode.IsNumber}, {"IsMark", unicode.IsMark}, {"IsPunct", unicode.IsPunct},
		{"IsSymbol", unicode.IsSymbol}, {"IsSpace", unicode.IsSpace}, {"IsControl", unicode.IsControl},
		{"IsGraphic", unicode.IsGraphic}, {"IsPrint", unicode.IsPrint}}
	for _, p := range preds {
		n := 0
		var sum uint64
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if r == 0x40000 {
				r = 0xE0000 // planes 4 to 13 hold no assigned runes
			}
			if p.f(r) {
				n++
				sum = sum*1000003 + uint64(r)
			}
		}
		fmt.Println(p.name, n, sum)
	}
}
// Output:
// IsLetter 131241 1099843493226457123
// IsUpper 1791 2401274865557986077
// IsLower 2155 2022100371026552566
// IsTitle 31 17172430880703421814
// IsDigit 650 7984142745771276677
// IsNumber 1781 4682990306984288700
// IsMark 2295 12447793587274108575
// IsPunct 798 11310951197364247763
// IsSymbol 7564 4584554162294724667
// IsSpace 25 6712901931438943730
// IsControl 65 5375971556274668607
// IsGraphic 143696 5568123550546957021
// IsPrint 143680 15968554713876465936
