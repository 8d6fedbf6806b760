// bytes.Buffer.Next returns the next n bytes (fewer at the end), sharing
// the buffer's memory.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("abcdefgh")
	fmt.Printf("%q\n", b.Next(3))
	fmt.Printf("%q\n", b.Next(0))
	fmt.Println(b.UnreadByte(), b.String())
	fmt.Printf("%q\n", b.Next(2))
	fmt.Println(b.UnreadByte(), b.String())
	fmt.Printf("%q\n", b.Next(100))
	fmt.Printf("%q %d\n", b.Next(1), b.Len())
	c := bytes.NewBufferString("xyz")
	n := c.Next(2)
	n[0] = 'X'
	fmt.Println(string(n), c.String())
}
// Output:
// "abc"
// ""
// bytes.Buffer: UnreadByte: previous operation was not a successful read defgh
// "de"
// <nil> efgh
// "efgh"
// "" 0
// Xy z
