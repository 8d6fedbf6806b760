// bytes.Runes and bytes.Repeat (with its panic).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	rs := bytes.Runes([]byte("go gopher é世\xff"))
	fmt.Println(len(rs), cap(rs))
	for _, r := range rs {
		fmt.Printf("%q ", r)
	}
	fmt.Println()
	e := bytes.Runes(nil)
	fmt.Println(len(e), e == nil)
	fmt.Printf("ba%s\n", bytes.Repeat([]byte("na"), 2))
	z := bytes.Repeat([]byte("x"), 0)
	fmt.Println(len(z), z == nil)
	r := bytes.Repeat([]byte("abc"), 3)
	fmt.Println(string(r), len(r), cap(r))
	fmt.Println(len(bytes.Repeat(nil, 10)))
	defer func() { fmt.Println("recovered:", recover()) }()
	bytes.Repeat([]byte("a"), -1)
}
// Output:
// 13 13
// 'g' 'o' ' ' 'g' 'o' 'p' 'h' 'e' 'r' ' ' 'é' '世' '�' 
// 0 false
// banana
// 0 false
// abcabcabc 9 9
// 0
// recovered: bytes: negative Repeat count
