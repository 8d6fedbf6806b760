// strconv.Quote, QuoteToASCII and QuoteToGraphic: escapes for controls,
// quotes and backslashes, non-printable and non-ASCII runes, invalid
// UTF-8 bytes, and the graphic spaces only QuoteToGraphic keeps.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"", "hello", "a\"b", "back\\slash", "it's", "tab\there", "\a\b\f\n\r\t\v", "\x00\x01\x1f\x7f",
		"héllo wörld", "日本語", "\u00a0nbsp", "\u2028\u2029", "\u200b\ufeff", "\U0001F600 smile", "\xff\xfe",
		"a\xc3", "\xed\xa0\x80", "\u3000ideographic", "\u0085", "\U000E0001", "\U0010FFFF", "\uFFFD", "`"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
	}
}
// Output:
// "" "" ""
// "hello" "hello" "hello"
// "a\"b" "a\"b" "a\"b"
// "back\\slash" "back\\slash" "back\\slash"
// "it's" "it's" "it's"
// "tab\there" "tab\there" "tab\there"
// "\a\b\f\n\r\t\v" "\a\b\f\n\r\t\v" "\a\b\f\n\r\t\v"
// "\x00\x01\x1f\x7f" "\x00\x01\x1f\x7f" "\x00\x01\x1f\x7f"
// "héllo wörld" "h\u00e9llo w\u00f6rld" "héllo wörld"
// "日本語" "\u65e5\u672c\u8a9e" "日本語"
// "\u00a0nbsp" "\u00a0nbsp" " nbsp"
// "\u2028\u2029" "\u2028\u2029" "\u2028\u2029"
// "\u200b\ufeff" "\u200b\ufeff" "\u200b\ufeff"
// "😀 smile" "\U0001f600 smile" "😀 smile"
// "\xff\xfe" "\xff\xfe" "\xff\xfe"
// "a\xc3" "a\xc3" "a\xc3"
// "\xed\xa0\x80" "\xed\xa0\x80" "\xed\xa0\x80"
// "\u3000ideographic" "\u3000ideographic" "　ideographic"
// "\u0085" "\u0085" "\u0085"
// "\U000e0001" "\U000e0001" "\U000e0001"
// "\U0010ffff" "\U0010ffff" "\U0010ffff"
// "�" "\ufffd" "�"
// "`" "`" "`"
