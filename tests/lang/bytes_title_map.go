// bytes.Title and bytes.Map (invalid bytes map as U+FFFD; a negative
// result drops the rune).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Printf("%s\n", bytes.Title([]byte("her royal highness")))
	fmt.Printf("%q\n", bytes.Title([]byte("o'neil is_here ǆx")))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Printf("%s\n", bytes.Map(rot13, []byte("'Twas brillig and the slithy gopher...")))
	m := bytes.Map(func(r rune) rune { return r }, []byte("a\xffb"))
	fmt.Printf("%q %d %d\n", m, len(m), cap(m))
	d := bytes.Map(func(r rune) rune { return -1 }, []byte("gone"))
	fmt.Println(len(d), cap(d), d == nil)
	g := bytes.Map(func(r rune) rune { return '世' }, []byte("abcd"))
	fmt.Printf("%q %d %d\n", g, len(g), cap(g))
	e := bytes.Map(func(r rune) rune { return r }, nil)
	fmt.Println(len(e), e == nil)
}
// Output:
// Her Royal Highness
// "O'Neil Is_here ǅx"
// 'Gjnf oevyyvt naq gur fyvgul tbcure...
// "a�b" 5 10
// 0 4 false
// "世世世世" 12 12
// 0 false
