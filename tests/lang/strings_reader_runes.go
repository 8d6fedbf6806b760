// strings.Reader's ReadRune and UnreadRune over multi-byte and invalid
// UTF-8, and UnreadRune's errors.
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("aé世\xff😀")
	for {
		ch, size, err := r.ReadRune()
		if err == io.EOF {
			fmt.Println("EOF", ch, size)
			break
		}
		fmt.Printf("%q %d %d\n", ch, size, r.Len())
	}
	fmt.Println(r.UnreadRune())
	fmt.Println(r.UnreadRune())
	r.Seek(1, io.SeekStart)
	ch, size, _ := r.ReadRune()
	fmt.Printf("%q %d\n", ch, size)
	fmt.Println(r.UnreadRune(), r.Len())
	fmt.Println(r.UnreadRune())
	r.ReadRune()
	r.ReadByte()
	fmt.Println(r.UnreadRune())
	z := strings.NewReader("")
	fmt.Println(z.UnreadRune())
	var rs io.RuneScanner = strings.NewReader("xy")
	c, _, _ := rs.ReadRune()
	rs.UnreadRune()
	c2, _, _ := rs.ReadRune()
	fmt.Println(string(c), string(c2))
}
// Output:
// 'a' 1 10
// 'é' 2 8
// '世' 3 5
// '�' 1 4
// '😀' 4 0
// EOF 0 0
// strings.Reader.UnreadRune: previous operation was not ReadRune
// strings.Reader.UnreadRune: previous operation was not ReadRune
// 'é' 2
// <nil> 10
// strings.Reader.UnreadRune: previous operation was not ReadRune
// strings.Reader.UnreadRune: previous operation was not ReadRune
// strings.Reader.UnreadRune: at beginning of string
// x x
