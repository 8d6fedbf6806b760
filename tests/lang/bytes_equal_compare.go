// bytes.Equal and bytes.Compare: nil and empty slices are equal.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Println(bytes.Equal([]byte("Go"), []byte("Go")), bytes.Equal([]byte("Go"), []byte("C++")))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Equal(nil, nil), bytes.Equal([]byte("a"), nil))
	a, b := []byte("a"), []byte("b")
	fmt.Println(bytes.Compare(a, b), bytes.Compare(a, a), bytes.Compare(b, a))
	fmt.Println(bytes.Compare(nil, []byte{}), bytes.Compare(nil, a), bytes.Compare(a, nil))
	fmt.Println(bytes.Compare([]byte("abc"), []byte("ab")), bytes.Compare([]byte{0xff}, []byte{0x7f}))
	x := []byte("hello world")
	fmt.Println(bytes.Equal(x[:5], []byte("hello")), bytes.Equal(x[6:], x[6:]))
}
// Output:
// true false
// true true false
// -1 0 1
// 0 -1 1
// 1 1
// true true
