// strconv's Append functions: each appends to the given buffer (nil, or
// one with room, which is then shared) as its Format or Quote twin prints.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	var b []byte
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendInt(b, 255, 2)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 1<<64-1, 36)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 3.25, 'f', 3, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1.0/3, 'g', -1, 32)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q\"\n")
	b = strconv.AppendQuoteToASCII(b, "é")
	b = strconv.AppendQuoteToGraphic(b, "\u00a0\x01")
	b = strconv.AppendQuoteRune(b, '☺')
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	b = strconv.AppendQuoteRuneToGraphic(b, 0x3000)
	fmt.Println(string(b))

	buf := make([]byte, 0, 32)
	out := strconv.AppendInt(buf, 12345, 10)
	fmt.Println(string(out), len(out), cap(out), string(buf[:5]))
	pre := []byte("n=")
	fmt.Println(string(strconv.AppendInt(pre, 7, 10)), string(pre))
}
// Output:
// -42 11111111 3w5e11264sgsf 3.250 0.33333334 true "q\"\n""\u00e9"" \x01"'☺''\u263a''　'
// 12345 5 32 12345
// n=7 n=
