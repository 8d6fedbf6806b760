// bytes.ContainsFunc (Go 1.21).  Go 1.19 has no ContainsFunc, so the
// expectation follows its documentation: "ContainsFunc reports whether
// any of the UTF-8-encoded code points r within b satisfy f(r)."
package main

import (
	"bytes"
	"fmt"
)

func main() {
	vowel := func(r rune) bool { return bytes.ContainsRune([]byte("aeiou"), r) }
	fmt.Println(bytes.ContainsFunc([]byte("hello"), vowel))
	fmt.Println(bytes.ContainsFunc([]byte("rhythms"), vowel))
	fmt.Println(bytes.ContainsFunc(nil, vowel))
	fmt.Println(bytes.ContainsFunc([]byte("日本"), func(r rune) bool { return r == '本' }))
}
// Output:
// true
// false
// false
// true
