// bytes.Buffer's UnreadByte and UnreadRune, with their errors.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("aé")
	fmt.Println(b.UnreadByte())
	fmt.Println(b.UnreadRune())
	c, _ := b.ReadByte()
	fmt.Println(string(c), b.UnreadByte(), b.Len())
	fmt.Println(b.UnreadByte())
	r, n, _ := b.ReadRune()
	fmt.Println(string(r), n, b.UnreadRune(), b.Len())
	fmt.Println(b.UnreadRune())
	b.ReadRune()
	r, n, _ = b.ReadRune()
	fmt.Println(string(r), n, b.UnreadRune(), b.Len())
	b.ReadByte()
	fmt.Println(b.UnreadRune())
	b.ReadString('!')
	fmt.Println(b.UnreadByte(), b.Len())
	b.WriteString("z")
	fmt.Println(b.UnreadByte())
	b.Read(make([]byte, 1))
	fmt.Printf("%v %q\n", b.UnreadByte(), b.String())
}
// Output:
// bytes.Buffer: UnreadByte: previous operation was not a successful read
// bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// a <nil> 3
// bytes.Buffer: UnreadByte: previous operation was not a successful read
// a 1 <nil> 3
// bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// é 2 <nil> 2
// bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// <nil> 1
// bytes.Buffer: UnreadByte: previous operation was not a successful read
// <nil> "\xa9z"
