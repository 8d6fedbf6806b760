// strings.EqualFold: equality under simple Unicode case folding, where a
// case orbit may hold three runes (k, K, U+212A KELVIN SIGN).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Go", "Ga"), strings.EqualFold("", ""))
	fmt.Println(strings.EqualFold("a", ""), strings.EqualFold("abc", "ABCD"), strings.EqualFold("ABC", "abc"))
	fmt.Println(strings.EqualFold("k", "\u212A"), strings.EqualFold("K", "\u212A"), strings.EqualFold("s", "ſ"), strings.EqualFold("S", "ſ"))
	fmt.Println(strings.EqualFold("straße", "STRASSE"), strings.EqualFold("ß", "ẞ"))
	fmt.Println(strings.EqualFold("σ", "ς"), strings.EqualFold("Σ", "ς"), strings.EqualFold("ΑΒΓ", "αβγ"))
	fmt.Println(strings.EqualFold("ПРИВЕТ", "привет"), strings.EqualFold("ǅ", "ǆ"), strings.EqualFold("Ǆ", "ǅ"))
	fmt.Println(strings.EqualFold("\xff", "\xfe"), strings.EqualFold("\xff", "\uFFFD"), strings.EqualFold("@", "`"))
	fmt.Println(strings.EqualFold("µ", "Μ"), strings.EqualFold("µ", "μ"), strings.EqualFold("å", "\u212B"))
}
// Output:
// true false true
// false false true
// true true true true
// false true
// true true true
// true true true
// true true false
// true true true
