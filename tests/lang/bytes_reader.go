// bytes.Reader: Read, ReadByte, ReadRune, Unread*, Seek, ReadAt, WriteTo.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bytes.NewReader([]byte("héllo, reader"))
	fmt.Println(r.Len(), r.Size())
	p := make([]byte, 3)
	n, err := r.Read(p)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	ch, size, err := r.ReadRune()
	fmt.Printf("%q %d %v\n", ch, size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	c, _ := r.ReadByte()
	fmt.Println(c, r.UnreadByte(), r.Len())
	fmt.Println(r.Seek(-6, io.SeekEnd))
	var out strings.Builder
	fmt.Println(r.WriteTo(&out))
	fmt.Println(out.String(), r.Len())
	n, err = r.Read(p)
	fmt.Println(n, err)
	n, err = r.ReadAt(p, 1)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	n, err = r.ReadAt(p, 12)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	fmt.Println(r.ReadAt(p, -2))
	fmt.Println(r.Seek(0, 9))
	fmt.Println(r.Seek(-100, io.SeekCurrent))
	r.Reset([]byte("new"))
	var all bytes.Buffer
	fmt.Println(all.ReadFrom(r))
	fmt.Println(all.String())
	var z bytes.Reader
	fmt.Println(z.Len(), z.UnreadByte())
	fmt.Println(z.UnreadRune())
}
// Output:
// 14 14
// 3 <nil> "hé"
// 'l' 1 <nil>
// <nil> bytes.Reader.UnreadRune: previous operation was not ReadRune
// 108 <nil> 11
// 8 <nil>
// 6 <nil>
// reader 0
// 0 EOF
// 3 <nil> "él"
// 2 EOF "er"
// 0 bytes.Reader.ReadAt: negative offset
// 0 bytes.Reader.Seek: invalid whence
// 0 bytes.Reader.Seek: negative position
// 3 <nil>
// new
// 0 bytes.Reader.UnreadByte: at beginning of slice
// bytes.Reader.UnreadRune: at beginning of slice
