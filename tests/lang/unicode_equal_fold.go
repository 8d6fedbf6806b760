// Case-insensitive comparison written with unicode.SimpleFold, as
// strings.EqualFold is: each rune's fold orbit is searched for the other.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func equalFold(s, t string) bool {
	for s != "" && t != "" {
		sr, n := utf8.DecodeRuneInString(s)
		s = s[n:]
		tr, m := utf8.DecodeRuneInString(t)
		t = t[m:]
		if sr == tr {
			continue
		}
		if tr < sr {
			tr, sr = sr, tr
		}
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r != tr {
			return false
		}
	}
	return s == t
}

func main() {
	pairs := [][2]string{{"Go", "GO"}, {"kelvin", "\u212Aelvin"}, {"straße", "STRASSE"}, {"σοφια", "ΣΟΦΙΑ"},
		{"ς", "Σ"}, {"ſ", "S"}, {"İ", "i"}, {"ı", "I"}, {"abc", "abd"}, {"ǆ", "ǅ"}, {"𐐨", "𐐀"}, {"", ""}, {"a", ""}}
	for _, p := range pairs {
		fmt.Println(p[0], p[1], equalFold(p[0], p[1]))
	}
}
// Output:
// Go GO true
// kelvin Kelvin true
// straße STRASSE false
// σοφια ΣΟΦΙΑ true
// ς Σ true
// ſ S true
// İ i false
// ı I false
// abc abd false
// ǆ ǅ true
// 𐐨 𐐀 true
//   true
// a  false
