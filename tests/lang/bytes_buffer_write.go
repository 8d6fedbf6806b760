// bytes.Buffer's Write methods, Len, Cap (Go's growth: 64 bytes first,
// then twice plus what is needed, rounded to a size class), String, Bytes.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "", b.Bytes() == nil)
	n, err := b.Write([]byte("Hello "))
	fmt.Println(n, err, b.Len(), b.Cap())
	n, err = b.WriteString("world")
	fmt.Println(n, err, b.String())
	fmt.Println(b.WriteByte('!'), b.Len())
	n, err = b.WriteRune('é')
	fmt.Println(n, err, b.Len())
	n, _ = b.WriteRune('😀')
	fmt.Println(n, b.Len())
	n, _ = b.WriteRune(0x110000)
	fmt.Println(n, b.Len())
	fmt.Printf("%q\n", b.Bytes())
	caps := []int{b.Cap()}
	for i := 0; i < 100; i++ {
		b.WriteString("0123456789")
		if c := b.Cap(); c != caps[len(caps)-1] {
			caps = append(caps, c)
		}
	}
	fmt.Println(caps, b.Len())
	var c bytes.Buffer
	c.Write(make([]byte, 100))
	fmt.Println(c.Len(), c.Cap())
	var d bytes.Buffer
	d.WriteByte('x')
	fmt.Println(d.Len(), d.Cap())
	e := bytes.NewBuffer(make([]byte, 0, 10))
	e.WriteString("0123456789")
	fmt.Println(e.Len(), e.Cap())
	e.WriteByte('!')
	fmt.Println(e.Len(), e.Cap())
}
// Output:
// 0 0 true true
// 6 <nil> 6 64
// 5 <nil> Hello world
// <nil> 12
// 2 <nil> 14
// 4 18
// 3 21
// "Hello world!é😀�"
// [64 128 256 512 1024] 1021
// 100 112
// 1 64
// 10 10
// 11 24
