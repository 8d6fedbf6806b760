// utf8.AppendRune grows the slice as append does and encodes invalid
// runes as RuneError.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	var b []byte
	for _, r := range []rune{'h', 'é', '世', '😀', -1, 0xd800, 0x110000} {
		b = utf8.AppendRune(b, r)
		fmt.Println(len(b), string(b))
	}
	fmt.Printf("% x\n", b)
	pre := make([]byte, 1, 8)
	pre[0] = '>'
	out := utf8.AppendRune(pre, '€')
	fmt.Println(string(out), len(out), cap(out), len(pre))
}
// Output:
// 1 h
// 3 hé
// 6 hé世
// 10 hé世😀
// 13 hé世😀�
// 16 hé世😀��
// 19 hé世😀���
// 68 c3 a9 e4 b8 96 f0 9f 98 80 ef bf bd ef bf bd ef bf bd
// >€ 4 8 1
