// utf8.DecodeLastRune and DecodeLastRuneInString, and walking a string
// backwards with them, through valid and invalid bytes.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "a", "aé", "a世", "😀", "\x80", "a\x80", "\xe4\xb8", "\xe4\xb8\x96\x96",
		"\x80\x80\x80\x80\x80", "x\xf0\x90\x80\x80", "\xf0\x90\x80\x80\x80", "é\xff", "\xc0\x80", "\xed\xa0\x80"} {
		r, n := utf8.DecodeLastRuneInString(s)
		r2, n2 := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%q %#x %d %v\n", s, r, n, r == r2 && n == n2)
	}
	s := "héllo, 世界\xff😀!\x80"
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%q/%d ", r, n)
		s = s[:len(s)-n]
	}
	fmt.Println()
}
// Output:
// "" 0xfffd 0 true
// "a" 0x61 1 true
// "aé" 0xe9 2 true
// "a世" 0x4e16 3 true
// "😀" 0x1f600 4 true
// "\x80" 0xfffd 1 true
// "a\x80" 0xfffd 1 true
// "\xe4\xb8" 0xfffd 1 true
// "世\x96" 0xfffd 1 true
// "\x80\x80\x80\x80\x80" 0xfffd 1 true
// "x𐀀" 0x10000 4 true
// "𐀀\x80" 0xfffd 1 true
// "é\xff" 0xfffd 1 true
// "\xc0\x80" 0xfffd 1 true
// "\xed\xa0\x80" 0xfffd 1 true
// '�'/1 '!'/1 '😀'/4 '�'/1 '界'/3 '世'/3 ' '/1 ','/1 'o'/1 'l'/1 'l'/1 'é'/2 'h'/1 
