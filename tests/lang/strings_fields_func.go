// strings.FieldsFunc with the program's predicates: every rune
// satisfying it separates fields.
package main

import (
	"fmt"
	"strings"
)

func main() {
	notLetter := func(c rune) bool { return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') }
	fmt.Printf("Fields are: %q\n", strings.FieldsFunc("  foo1;bar2,baz3...", notLetter))
	comma := func(r rune) bool { return r == ',' }
	fmt.Printf("%q\n", strings.FieldsFunc(",a,,b,c,,", comma))
	fmt.Printf("%q\n", strings.FieldsFunc("", comma))
	fmt.Printf("%q\n", strings.FieldsFunc(",,,", comma))
	fmt.Printf("%q\n", strings.FieldsFunc("日本,語", comma))
	bad := func(r rune) bool { return r == '\uFFFD' }
	fmt.Printf("%q\n", strings.FieldsFunc("ab\xffcd\xfe\xfeef", bad))
	n := 0
	fields := strings.FieldsFunc("a1b22c333", func(r rune) bool { n++; return r >= '0' && r <= '9' })
	fmt.Println(fields, len(fields), cap(fields), n)
}
// Output:
// Fields are: ["foo" "bar" "baz"]
// ["a" "b" "c"]
// []
// []
// ["日本" "語"]
// ["ab" "cd" "ef"]
// [a b c] 3 3 9
