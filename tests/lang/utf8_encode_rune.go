// utf8.EncodeRune and RuneLen at each encoding length's edges, and for
// invalid runes (negative, surrogates, past MaxRune) which encode as
// RuneError.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff,
		0x10000, 0x10ffff, 0x110000, -1, -0x80000000, 0x7fffffff, 'é', '世', '😀'} {
		buf := make([]byte, 6)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%#x %d % x %d %v\n", r, n, buf[:n], utf8.RuneLen(r), utf8.ValidRune(r))
	}
	exact := make([]byte, 1)
	fmt.Println(utf8.EncodeRune(exact, 'A'), exact)
}
// Output:
// 0x0 1 00 1 true
// 0x61 1 61 1 true
// 0x7f 1 7f 1 true
// 0x80 2 c2 80 2 true
// 0x7ff 2 df bf 2 true
// 0x800 3 e0 a0 80 3 true
// 0xd7ff 3 ed 9f bf 3 true
// 0xd800 3 ef bf bd -1 false
// 0xdfff 3 ef bf bd -1 false
// 0xe000 3 ee 80 80 3 true
// 0xfffd 3 ef bf bd 3 true
// 0xffff 3 ef bf bf 3 true
// 0x10000 4 f0 90 80 80 4 true
// 0x10ffff 4 f4 8f bf bf 4 true
// 0x110000 3 ef bf bd -1 false
// -0x1 3 ef bf bd -1 false
// -0x80000000 3 ef bf bd -1 false
// 0x7fffffff 3 ef bf bd -1 false
// 0xe9 2 c3 a9 2 true
// 0x4e16 3 e4 b8 96 3 true
// 0x1f600 4 f0 9f 98 80 4 true
// 1 [65]
