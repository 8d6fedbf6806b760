// bytes.Buffer's Read, ReadByte and ReadRune, and the reset when it runs
// empty.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("héllo, wörld")
	p := make([]byte, 4)
	n, err := b.Read(p)
	fmt.Printf("%d %v %q %d\n", n, err, p[:n], b.Len())
	c, err := b.ReadByte()
	fmt.Println(c, err, b.Len())
	for {
		r, size, err := b.ReadRune()
		if err != nil {
			fmt.Println(err, r, size)
			break
		}
		fmt.Printf("%q:%d ", r, size)
	}
	fmt.Println()
	n, err = b.Read(p)
	fmt.Println(n, err)
	n, err = b.Read(nil)
	fmt.Println(n, err)
	c, err = b.ReadByte()
	fmt.Println(c, err)
	b.WriteString("\xff\xc3")
	r, size, err := b.ReadRune()
	fmt.Printf("%q %d %v\n", r, size, err)
	r, size, err = b.ReadRune()
	fmt.Printf("%q %d %v\n", r, size, err)
	fmt.Println(b.Len(), b.Cap() > 0)
}
// Output:
// 4 <nil> "hél" 10
// 108 <nil> 9
// 'o':1 ',':1 ' ':1 'w':1 'ö':2 'r':1 'l':1 'd':1 EOF 0 0
//
// 0 EOF
// 0 <nil>
// 0 EOF
// '�' 1 <nil>
// '�' 1 <nil>
// 0 true
