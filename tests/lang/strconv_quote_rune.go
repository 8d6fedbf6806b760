// strconv.QuoteRune, QuoteRuneToASCII and QuoteRuneToGraphic, with
// invalid runes (negative, surrogates, past MaxRune) quoted as U+FFFD.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, r := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 'é', '☺', 0x1F600, 0xa0, 0x3000, 0x2028, 0xfeff,
		-1, 0xD800, 0xDFFF, 0x110000, 0x10FFFF, 0xFFFD, 0x80, 0x9f, 0xE0001} {
		fmt.Println(r, strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r))
	}
}
// Output:
// 97 'a' 'a' 'a'
// 39 '\'' '\'' '\''
// 34 '"' '"' '"'
// 92 '\\' '\\' '\\'
// 10 '\n' '\n' '\n'
// 0 '\x00' '\x00' '\x00'
// 127 '\x7f' '\x7f' '\x7f'
// 233 'é' '\u00e9' 'é'
// 9786 '☺' '\u263a' '☺'
// 128512 '😀' '\U0001f600' '😀'
// 160 '\u00a0' '\u00a0' ' '
// 12288 '\u3000' '\u3000' '　'
// 8232 '\u2028' '\u2028' '\u2028'
// 65279 '\ufeff' '\ufeff' '\ufeff'
// -1 '�' '\ufffd' '�'
// 55296 '�' '\ufffd' '�'
// 57343 '�' '\ufffd' '�'
// 1114112 '�' '\ufffd' '�'
// 1114111 '\U0010ffff' '\U0010ffff' '\U0010ffff'
// 65533 '�' '\ufffd' '�'
// 128 '\u0080' '\u0080' '\u0080'
// 159 '\u009f' '\u009f' '\u009f'
// 917505 '\U000e0001' '\U000e0001' '\U000e0001'
