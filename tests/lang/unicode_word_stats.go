// A text-processing script: count letters, digits, spaces and
// punctuation, split words on non-letters, and title-case each word with
// unicode.ToTitle / ToLower.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	text := "The quick brown fox — «jumps» over 12 lazy dogs! ÉCOLE d'été, ΣΟΦΙΑ σοφία; 東京タワー 333m."
	var letters, digits, spaces, puncts, symbols, upper int
	var words []string
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			words = append(words, string(cur))
			cur = cur[:0]
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
			cur = utf8.AppendRune(cur, r)
			continue
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			puncts++
		case unicode.IsSymbol(r):
			symbols++
		}
		flush()
	}
	flush()
	fmt.Println(letters, digits, spaces, puncts, symbols, upper, len(words), utf8.RuneCountInString(text), len(text))
	for _, w := range words {
		var out []byte
		for i, r := range w {
			if i == 0 {
				r = unicode.ToTitle(r)
			} else {
				r = unicode.ToLower(r)
			}
			out = utf8.AppendRune(out, r)
		}
		fmt.Print(string(out), " ")
	}
	fmt.Println()
}
// Output:
// 58 5 15 8 0 11 15 86 113
// The Quick Brown Fox Jumps Over Lazy Dogs École D Été Σοφια Σοφία 東京タワー M 
