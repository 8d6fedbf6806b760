// strconv.IsPrint and IsGraphic over every rune: how many of each, a
// checksum of where they are, and the runes where the two differ.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	np, ng := 0, 0
	var sp, sg uint64
	var diff []rune
	for r := rune(-3); r <= 0x110003; r++ {
		p, g := strconv.IsPrint(r), strconv.IsGraphic(r)
		if p {
			np++
			sp = sp*131 + uint64(r)
		}
		if g {
			ng++
			sg = sg*131 + uint64(r)
		}
		if p != g {
			diff = append(diff, r)
		}
	}
	fmt.Println(np, ng, sp, sg)
	fmt.Printf("%U\n", diff)
	fmt.Println(strconv.IsPrint(' '), strconv.IsPrint('\t'), strconv.IsPrint(0xad), strconv.IsPrint(0xfeff),
		strconv.IsGraphic(0xa0), strconv.IsPrint(0xa0))
}
// Output:
// 143680 143696 10464790446851123408 10979051173375520669
// [U+00A0 U+1680 U+2000 U+2001 U+2002 U+2003 U+2004 U+2005 U+2006 U+2007 U+2008 U+2009 U+200A U+202F U+205F U+3000]
// true false false false true false
