// bytes.Fields and FieldsFunc.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Printf("Fields are: %q\n", bytes.Fields([]byte("  foo bar  baz   ")))
	fmt.Printf("%q %q\n", bytes.Fields(nil), bytes.Fields([]byte(" \t\n")))
	fmt.Printf("%q\n", bytes.Fields([]byte("x\u00a0y\u3000z\xffw")))
	f := bytes.Fields([]byte("ab  cd"))
	fmt.Println(len(f), cap(f), cap(f[0]), cap(f[1]))
	notLetter := func(c rune) bool { return !(c >= 'a' && c <= 'z') }
	ff := bytes.FieldsFunc([]byte("  foo1;bar2,baz3..."), notLetter)
	fmt.Printf("%q %d %d\n", ff, len(ff), cap(ff[0]))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("日,本,,語"), func(r rune) bool { return r == ',' }))
	fmt.Println(bytes.FieldsFunc(nil, notLetter) == nil, len(bytes.FieldsFunc([]byte("123"), notLetter)))
}
// Output:
// Fields are: ["foo" "bar" "baz"]
// [] []
// ["x" "y" "z\xffw"]
// 2 2 2 2
// ["foo" "bar" "baz"] 3 3
// ["日" "本" "語"]
// false 0
