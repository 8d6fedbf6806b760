// utf8.RuneCount, RuneCountInString, Valid and ValidString, and RuneStart,
// over valid text and text with invalid bytes (each counts as one rune).
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "hello", "héllo", "日本語", "😀😀", "\xff", "a\xffb", "\xe4\xb8", "\xe4\xb8\x96\xe4",
		"\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "\xef\xbf\xbd", "abc\x80def", "\xf0\x9f\x98"} {
		fmt.Printf("%q %d %d %v %v\n", s, utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)),
			utf8.ValidString(s), utf8.Valid([]byte(s)))
	}
	for _, b := range []byte{0, 'a', 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xe4, 0xf0, 0xff} {
		fmt.Print(utf8.RuneStart(b), " ")
	}
	fmt.Println()
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	fmt.Printf("%T %T %q\n", utf8.RuneError, utf8.UTFMax, utf8.RuneError)
}
// Output:
// "" 0 0 true true
// "hello" 5 5 true true
// "héllo" 5 5 true true
// "日本語" 3 3 true true
// "😀😀" 2 2 true true
// "\xff" 1 1 false false
// "a\xffb" 3 3 false false
// "\xe4\xb8" 2 2 false false
// "世\xe4" 2 2 false false
// "\xed\xa0\x80" 3 3 false false
// "\xf4\x90\x80\x80" 4 4 false false
// "\xc0\xaf" 2 2 false false
// "�" 1 1 true true
// "abc\x80def" 7 7 false false
// "\xf0\x9f\x98" 3 3 false false
// true true true false false true true true true true 
// 65533 128 1114111 4
// int32 int '�'
