// Reversing a string by runes with DecodeLastRuneInString and
// EncodeRune, keeping invalid bytes as RuneError; the same text walked
// forwards by range and by DecodeRuneInString gives the same runes.
package main

import (
	"fmt"
	"unicode/utf8"
)

func reverse(s string) string {
	out := make([]byte, 0, len(s)+8)
	buf := make([]byte, utf8.UTFMax)
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
		m := utf8.EncodeRune(buf, r)
		out = append(out, buf[:m]...)
	}
	return string(out)
}

func main() {
	for _, s := range []string{"hello", "héllo wörld", "日本語テキスト", "a😀b", "bad\xffbyte", "\xe4\xb8"} {
		fmt.Printf("%q %q\n", s, reverse(s))
		var byRange, byDecode []rune
		for _, r := range s {
			byRange = append(byRange, r)
		}
		for t := s; len(t) > 0; {
			r, n := utf8.DecodeRuneInString(t)
			byDecode = append(byDecode, r)
			t = t[n:]
		}
		fmt.Println(len(byRange) == utf8.RuneCountInString(s), fmt.Sprint(byRange) == fmt.Sprint(byDecode))
	}
}
// Output:
// "hello" "olleh"
// true true
// "héllo wörld" "dlröw olléh"
// true true
// "日本語テキスト" "トスキテ語本日"
// true true
// "a😀b" "b😀a"
// true true
// "bad\xffbyte" "etyb�dab"
// true true
// "\xe4\xb8" "��"
// true true
