// bytes.Replace and ReplaceAll always copy; an empty old matches at the
// start and after each rune.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Printf("%s\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	fmt.Printf("%s\n", bytes.Replace([]byte("oink oink oink"), []byte("oink"), []byte("moo"), -1))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("oink oink oink"), []byte("oink"), []byte("moo")))
	fmt.Printf("%q\n", bytes.Replace([]byte("abc"), nil, []byte("-"), -1))
	fmt.Printf("%q\n", bytes.Replace([]byte("日本"), []byte(""), []byte("|"), 2))
	in := []byte("no match")
	out := bytes.Replace(in, []byte("x"), []byte("y"), -1)
	out[0] = 'N'
	fmt.Println(string(in), string(out), len(out), cap(out))
	z := bytes.Replace(nil, []byte("x"), []byte("y"), -1)
	fmt.Println(z == nil)
	n := bytes.Replace([]byte("aaa"), []byte("a"), []byte("b"), 0)
	fmt.Println(string(n), cap(n))
	e := bytes.ReplaceAll([]byte("aa"), []byte("a"), nil)
	fmt.Println(len(e), e == nil)
}
// Output:
// oinky oinky oink
// moo moo moo
// moo moo moo
// "-a-b-c-"
// "|日|本"
// no match No match 8 8
// true
// aaa 8
// 0 false
