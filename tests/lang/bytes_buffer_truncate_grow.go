// bytes.Buffer's Truncate, Reset and Grow, and Truncate's panic.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.WriteString("0123456789")
	b.Truncate(4)
	fmt.Println(b.String(), b.Len())
	b.ReadByte()
	b.Truncate(2)
	fmt.Println(b.String(), b.Len())
	b.Truncate(0)
	fmt.Println(b.String() == "", b.Len(), b.Cap())
	b.Grow(200)
	fmt.Println(b.Len(), b.Cap())
	b.WriteString("abc")
	b.Reset()
	fmt.Println(b.Len(), b.Cap())
	var g bytes.Buffer
	g.Grow(10)
	fmt.Println(g.Len(), g.Cap())
	g.Grow(100)
	fmt.Println(g.Len(), g.Cap())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.WriteString("xy")
		b.Truncate(3)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.Truncate(-1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.Grow(-5)
	}()
}
// Output:
// 0123 4
// 12 2
// true 0 64
// 0 208
// 0 208
// 0 64
// 0 128
// recovered: bytes.Buffer: truncation out of range
// recovered: bytes.Buffer: truncation out of range
// recovered: bytes.Buffer.Grow: negative count
