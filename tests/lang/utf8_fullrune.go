// utf8.FullRune and FullRuneInString: whether the bytes begin with a
// whole encoding (or with bytes that can never become one).
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"", "a", "\xc2", "\xc2\x80", "\xe4", "\xe4\xb8", "\xe4\xb8\x96", "\xf0", "\xf0\x90",
		"\xf0\x90\x80", "\xf0\x90\x80\x80", "\x80", "\xff", "\xe0\x80", "\xed\xa0", "\xf0\x80", "\xf4\x90", "\xf4\x8f",
		"\xe4\x41", "\xf0\x90\x41", "\xc0", "\xf5"} {
		fmt.Printf("%q %v %v\n", s, utf8.FullRuneInString(s), utf8.FullRune([]byte(s)))
	}
}
// Output:
// "" false false
// "a" true true
// "\xc2" false false
// "\u0080" true true
// "\xe4" false false
// "\xe4\xb8" false false
// "世" true true
// "\xf0" false false
// "\xf0\x90" false false
// "\xf0\x90\x80" false false
// "𐀀" true true
// "\x80" true true
// "\xff" true true
// "\xe0\x80" true true
// "\xed\xa0" true true
// "\xf0\x80" true true
// "\xf4\x90" true true
// "\xf4\x8f" false false
// "\xe4A" true true
// "\xf0\x90A" true true
// "\xc0" true true
// "\xf5" true true
