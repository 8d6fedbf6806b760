// utf8.DecodeRune and DecodeRuneInString on valid sequences and on every
// kind of invalid one: a stray continuation byte, overlong forms,
// surrogates, values past MaxRune, truncated sequences, empty input.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "a", "é", "世", "😀", "\x80", "\xbf", "\xc0\x80", "\xc1\xbf", "\xc2\x80", "\xc2",
		"\xe0\x80\x80", "\xe0\x9f\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80", "\xed\xbf\xbf", "\xee\x80\x80",
		"\xef\xbf\xbd", "\xef\xbf", "\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80",
		"\xf5\x80\x80\x80", "\xf8\x88\x80\x80\x80", "\xff", "\xfe", "\xf0\x90\x80", "\xe4\xb8", "a\xe4\xb8\x96"} {
		r, n := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRune([]byte(s))
		fmt.Printf("%q %#x %d %v\n", s, r, n, r == r2 && n == n2)
	}
}
// Output:
// "" 0xfffd 0 true
// "a" 0x61 1 true
// "é" 0xe9 2 true
// "世" 0x4e16 3 true
// "😀" 0x1f600 4 true
// "\x80" 0xfffd 1 true
// "\xbf" 0xfffd 1 true
// "\xc0\x80" 0xfffd 1 true
// "\xc1\xbf" 0xfffd 1 true
// "\u0080" 0x80 2 true
// "\xc2" 0xfffd 1 true
// "\xe0\x80\x80" 0xfffd 1 true
// "\xe0\x9f\xbf" 0xfffd 1 true
// "ࠀ" 0x800 3 true
// "\ud7ff" 0xd7ff 3 true
// "\xed\xa0\x80" 0xfffd 1 true
// "\xed\xbf\xbf" 0xfffd 1 true
// "\ue000" 0xe000 3 true
// "�" 0xfffd 3 true
// "\xef\xbf" 0xfffd 1 true
// "\xf0\x8f\xbf\xbf" 0xfffd 1 true
// "𐀀" 0x10000 4 true
// "\U0010ffff" 0x10ffff 4 true
// "\xf4\x90\x80\x80" 0xfffd 1 true
// "\xf5\x80\x80\x80" 0xfffd 1 true
// "\xf8\x88\x80\x80\x80" 0xfffd 1 true
// "\xff" 0xfffd 1 true
// "\xfe" 0xfffd 1 true
// "\xf0\x90\x80" 0xfffd 1 true
// "\xe4\xb8" 0xfffd 1 true
// "a世" 0x61 1 true
