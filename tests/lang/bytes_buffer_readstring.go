// bytes.Buffer's ReadString and ReadBytes, line by line, with and without
// a final delimiter.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("first line\nsecond\n\nlast without newline")
	for {
		line, err := b.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	c := bytes.NewBuffer([]byte("a,b,,c"))
	for {
		tok, err := c.ReadBytes(',')
		fmt.Printf("%q %v\n", tok, err)
		if err != nil {
			break
		}
	}
	var e bytes.Buffer
	s, err := e.ReadString('x')
	fmt.Printf("%q %v\n", s, err)
	d := bytes.NewBufferString("abc")
	tok, _ := d.ReadBytes('b')
	tok[0] = 'X'
	fmt.Println(string(tok), d.String())
}
// Output:
// "first line\n" <nil>
// "second\n" <nil>
// "\n" <nil>
// "last without newline" EOF
// "a," <nil>
// "b," <nil>
// "," <nil>
// "c" EOF
// "" EOF
// Xb c
