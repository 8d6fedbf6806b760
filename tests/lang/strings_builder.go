// strings.Builder: the Write methods, Len, Cap (its growth is Go's:
// append's size classes, Grow's 2*cap+n), Reset and Grow.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	n, err := b.WriteString("hello")
	fmt.Println(n, err, b.Len(), b.Cap())
	fmt.Println(b.WriteByte(' '), b.Len(), b.Cap())
	n, err = b.WriteRune('世')
	fmt.Println(n, err, b.Len(), b.Cap())
	n, _ = b.WriteRune('界')
	fmt.Println(n, b.Len(), b.Cap())
	n, _ = b.WriteRune(-1)
	fmt.Println(n, b.Len())
	n, err = b.Write([]byte("!!"))
	fmt.Println(n, err, b.String())
	s := b.String()
	b.WriteString(" more")
	fmt.Println(s, "|", b.String())
	b.Reset()
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap())
	b.Grow(10)
	fmt.Println(b.Cap())
	for i := 0; i < 200; i++ {
		b.WriteByte('x')
	}
	fmt.Println(b.Len(), b.Cap())
	var c strings.Builder
	caps := []int{}
	for i := 0; i < 40; i++ {
		c.WriteString("abc")
		if len(caps) == 0 || caps[len(caps)-1] != c.Cap() {
			caps = append(caps, c.Cap())
		}
	}
	fmt.Println(caps)
	for i := 0; i < 3; i++ {
		var d strings.Builder
		d.WriteString("iteration ")
		d.WriteByte(byte('0' + i))
		fmt.Println(d.String())
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	b.Grow(-1)
}
// Output:
// 0 0 true
// 5 <nil> 5 8
// <nil> 6 8
// 3 <nil> 9 20
// 3 12 20
// 3 15
// 2 <nil> hello 世界�!!
// hello 世界�!! | hello 世界�!! more
// 0 0 true
// 0 100
// 100
// 200 208
// [8 16 32 64 128]
// iteration 0
// iteration 1
// iteration 2
// recovered: strings.Builder.Grow: negative count
