// strings.Reader: Read, ReadByte, UnreadByte, Len and Size, and its use
// as an io.Reader.
package main

import (
	"fmt"
	"io"
	"strings"
)

func readAll(r io.Reader) string {
	var b strings.Builder
	buf := make([]byte, 3)
	for {
		n, err := r.Read(buf)
		b.Write(buf[:n])
		if err == io.EOF {
			return b.String()
		}
	}
}

func main() {
	r := strings.NewReader("hello, reader")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 5)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	c, err := r.ReadByte()
	fmt.Println(c, err, r.Len())
	fmt.Println(r.UnreadByte(), r.Len())
	fmt.Println(readAll(r))
	n, err = r.Read(buf)
	fmt.Println(n, err, r.Len())
	c, err = r.ReadByte()
	fmt.Println(c, err)
	var z strings.Reader
	fmt.Println(z.Len(), z.Size())
	fmt.Println(z.UnreadByte())
	n, err = z.Read(buf)
	fmt.Println(n, err)
	fmt.Println(readAll(strings.NewReader("")), readAll(strings.NewReader("abcdefgh")))
	r.Reset("again")
	fmt.Println(r.Len(), readAll(r))
	n, err = strings.NewReader("x").Read(nil)
	fmt.Println(n, err)
}
// Output:
// 13 13
// 5 <nil> hello 8
// 44 <nil> 7
// <nil> 8
// , reader
// 0 EOF 0
// 0 EOF
// 0 0
// strings.Reader.UnreadByte: at beginning of string
// 0 EOF
//  abcdefgh
// 5 again
// 0 <nil>
