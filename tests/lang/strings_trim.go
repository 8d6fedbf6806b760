// strings.Trim, TrimLeft and TrimRight remove runes of a cutset: one
// ASCII byte, an ASCII set, or Unicode (U+FFFD matching invalid bytes).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Print(strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), "\n")
	fmt.Printf("%q %q\n", strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q %q\n", strings.Trim("", "x"), strings.Trim("abc", ""), strings.Trim("aaaa", "a"))
	fmt.Printf("%q %q\n", strings.Trim("  \t hi \n", " \t\n"), strings.Trim("123abc321", "0123456789"))
	fmt.Printf("%q %q\n", strings.TrimLeft("abcba", "ab"), strings.TrimRight("abcba", "ab"))
	fmt.Printf("%q %q\n", strings.Trim("\xffab\xfe", "\uFFFD"), strings.Trim("\xffab\xfe", "\xfd"))
	fmt.Printf("%q %q\n", strings.TrimRight("ab\xe6\x97", "\uFFFD"), strings.TrimLeft("日本語", "本日"))
	fmt.Printf("%q %q\n", strings.Trim("ééaéé", "é"), strings.TrimRight("aé", "\xa9"))
}
// Output:
// Hello, Gophers
// "Hello, Gophers!!!" "¡¡¡Hello, Gophers"
// "hi" "hixx" "xxhi"
// "" "abc" ""
// "hi" "abc"
// "cba" "abc"
// "ab" "ab"
// "ab" "語"
// "a" "aé"
