// Every rune of planes 0-3 and 14-16 encoded and decoded: EncodeRune,
// AppendRune and string(r) agree, DecodeRune and DecodeLastRune read it
// back, FullRune holds, and every proper prefix of an encoding is not a
// full rune.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	bad := 0
	total := 0
	buf := make([]byte, 4)
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if r == 0x40000 {
			r = 0xE0000 // planes 4 to 13 encode as planes 1 to 3 do
		}
		if !utf8.ValidRune(r) {
			continue
		}
		total++
		n := utf8.EncodeRune(buf, r)
		s := string(r)
		if string(buf[:n]) != s || string(utf8.AppendRune(nil, r)) != s || n != utf8.RuneLen(r) {
			bad++
		}
		d, m := utf8.DecodeRune(buf[:n])
		l, k := utf8.DecodeLastRuneInString(s)
		if d != r || m != n || l != r || k != n || !utf8.FullRune(buf[:n]) || !utf8.ValidString(s) {
			bad++
		}
		for i := 1; i < n; i++ {
			if utf8.FullRuneInString(s[:i]) {
				bad++
			}
		}
	}
	fmt.Println(total, bad)
}
// Output:
// 456704 0
