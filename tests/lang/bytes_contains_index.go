// bytes.Contains*, Count and the Index family over []byte.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	s := []byte("seafood 日本語 \xff")
	fmt.Println(bytes.Contains(s, []byte("foo")), bytes.Contains(s, []byte("bar")), bytes.Contains(s, nil), bytes.Contains(nil, nil))
	fmt.Println(bytes.ContainsAny(s, "xyzé本"), bytes.ContainsAny(s, ""), bytes.ContainsAny(s, "\uFFFD"))
	fmt.Println(bytes.ContainsRune(s, '語'), bytes.ContainsRune(s, 'x'), bytes.ContainsRune(s, '\uFFFD'))
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), bytes.Count([]byte("five"), nil), bytes.Count(s, []byte("")))
	fmt.Println(bytes.Index(s, []byte("food")), bytes.Index(s, []byte("本語")), bytes.Index(s, nil), bytes.Index(nil, []byte("a")))
	fmt.Println(bytes.IndexByte(s, 'd'), bytes.IndexByte(s, 0xff), bytes.IndexByte(nil, 'a'))
	fmt.Println(bytes.IndexRune(s, '本'), bytes.IndexRune(s, '\uFFFD'), bytes.IndexRune(s, -1), bytes.IndexRune([]byte("\xc3"), '\uFFFD'))
	fmt.Println(bytes.IndexAny(s, "oa"), bytes.IndexAny(s, "語"), bytes.IndexAny(s, "\xfe"), bytes.IndexAny([]byte("\x80"), "\uFFFD"))
	fmt.Println(bytes.IndexAny([]byte("a"), "ba"), bytes.IndexAny([]byte("long ascii text"), "xt"))
}
// Output:
// true false true true
// true false true
// true false true
// 3 5 14
// 3 11 0 -1
// 6 18 -1
// 11 18 -1 0
// 2 14 18 0
// 0 11
