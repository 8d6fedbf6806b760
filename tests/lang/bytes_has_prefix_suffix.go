// bytes.HasPrefix, HasSuffix, TrimPrefix and TrimSuffix (subslices of
// the operand: writing to them writes to it).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	s := []byte("Gopher")
	fmt.Println(bytes.HasPrefix(s, []byte("Go")), bytes.HasPrefix(s, []byte("C")), bytes.HasPrefix(s, nil))
	fmt.Println(bytes.HasSuffix(s, []byte("er")), bytes.HasSuffix(s, []byte("Go")), bytes.HasSuffix(nil, nil))
	t := bytes.TrimPrefix(s, []byte("Go"))
	fmt.Printf("%s %d %d\n", t, len(t), cap(t))
	u := bytes.TrimSuffix(s, []byte("her"))
	fmt.Printf("%s %d %d\n", u, len(u), cap(u))
	t[0] = 'P'
	fmt.Println(string(s))
	fmt.Printf("%s %s\n", bytes.TrimPrefix(s, []byte("x")), bytes.TrimSuffix(s, []byte("")))
	e := bytes.TrimPrefix([]byte("ab"), []byte("ab"))
	fmt.Println(len(e), cap(e), e == nil)
}
// Output:
// true false true
// true false true
// pher 4 4
// Gop 3 6
// GoPher
// GoPher GoPher
// 0 0 false
