// strconv.CanBackquote: single-line text without controls (tab allowed),
// backquotes, invalid UTF-8 or a BOM.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"", "plain", "tab\tok", "new\nline", "back`quote", "\x7f", "\ufeffbom", "日本",
		"\xff", "\r", "a\u2028b", "\uFFFD", "\x00"} {
		fmt.Printf("%q %v\n", s, strconv.CanBackquote(s))
	}
}
// Output:
// "" true
// "plain" true
// "tab\tok" true
// "new\nline" false
// "back`quote" false
// "\x7f" false
// "\ufeffbom" false
// "日本" true
// "\xff" false
// "\r" false
// "a\u2028b" true
// "�" true
// "\x00" false
