// strings.Contains, ContainsAny and ContainsRune, with empty strings,
// Unicode and invalid UTF-8 (U+FFFD matches an invalid byte).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"))
	fmt.Println(strings.Contains("seafood", ""), strings.Contains("", ""), strings.Contains("", "a"))
	fmt.Println(strings.Contains("日本語", "本"), strings.Contains("日本語", "\xe6"))
	fmt.Println(strings.ContainsAny("team", "i"), strings.ContainsAny("fail", "ui"))
	fmt.Println(strings.ContainsAny("ure", "ui"), strings.ContainsAny("failure", "ui"))
	fmt.Println(strings.ContainsAny("foo", ""), strings.ContainsAny("", ""), strings.ContainsAny("", "a"))
	fmt.Println(strings.ContainsAny("héllo", "éx"), strings.ContainsAny("a\xffb", "\uFFFD"))
	fmt.Println(strings.ContainsAny("abc", "\xff"), strings.ContainsAny("a\xffb", "\xfe"))
	fmt.Println(strings.ContainsRune("aardvark", 97), strings.ContainsRune("timeout", 97))
	fmt.Println(strings.ContainsRune("日本語", '語'), strings.ContainsRune("a\xc3b", '\uFFFD'))
	fmt.Println(strings.ContainsRune("abc", -1), strings.ContainsRune("abc", 0x110000), strings.ContainsRune("\x00", 0))
}
// Output:
// true false
// true true false
// true true
// false true
// true true
// false false false
// true true
// false true
// true false
// true true
// false false true
