// strings.ContainsFunc (Go 1.21).  Go 1.19 has no ContainsFunc, so the
// expectation follows its documentation, "ContainsFunc reports whether
// any Unicode code points r within s satisfy f(r)", and its example
// (ExampleContainsFunc: f is "is a vowel").
package main

import (
	"fmt"
	"strings"
)

func main() {
	f := func(r rune) bool {
		return r == 'a' || r == 'e' || r == 'i' || r == 'o' || r == 'u'
	}
	fmt.Println(strings.ContainsFunc("hello", f))
	fmt.Println(strings.ContainsFunc("rhythms", f))
	fmt.Println(strings.ContainsFunc("", f))
	fmt.Println(strings.ContainsFunc("a\xff", func(r rune) bool { return r == '\uFFFD' }))
}
// Output:
// true
// false
// false
// true
