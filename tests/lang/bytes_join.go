// bytes.Join: no elements (empty, not nil), one (a copy), several.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	s := [][]byte{[]byte("foo"), []byte("bar"), []byte("baz")}
	fmt.Printf("%s\n", bytes.Join(s, []byte(", ")))
	z := bytes.Join(nil, []byte(","))
	fmt.Println(len(z), z == nil)
	one := bytes.Join([][]byte{[]byte("solo")}, []byte(","))
	fmt.Println(string(one), len(one), cap(one))
	e := bytes.Join([][]byte{{}}, []byte(","))
	fmt.Println(len(e), e == nil)
	j := bytes.Join([][]byte{nil, nil}, nil)
	fmt.Println(len(j), j == nil)
	one[0] = 'S'
	fmt.Println(string(one), string(bytes.Join([][]byte{[]byte("a"), []byte("b")}, nil)))
}
// Output:
// foo, bar, baz
// 0 false
// solo 4 8
// 0 true
// 0 false
// Solo ab
