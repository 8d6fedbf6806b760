// strconv.Quote, QuoteToASCII and QuoteRune print what fmt's %q, %+q and
// %#q do (fmt uses CanBackquote for %#q).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"plain", "tab\t", "nl\n", "é世😀", "\xff", "`x`", "\u00a0", "\x00"} {
		q := fmt.Sprintf("%q", s)
		a := fmt.Sprintf("%+q", s)
		fmt.Println(q == strconv.Quote(s), a == strconv.QuoteToASCII(s), fmt.Sprintf("%#q", s), strconv.CanBackquote(s), q, a)
	}
	for _, r := range []rune{'x', '\n', 'é', 0x1F600, 0xd800} {
		fmt.Println(fmt.Sprintf("%q", r) == strconv.QuoteRune(r), fmt.Sprintf("%+q", r) == strconv.QuoteRuneToASCII(r),
			strconv.QuoteRune(r))
	}
}
// Output:
// true true `plain` true "plain" "plain"
// true true `tab	` true "tab\t" "tab\t"
// true true "nl\n" false "nl\n" "nl\n"
// true true `é世😀` true "é世😀" "\u00e9\u4e16\U0001f600"
// true true "\xff" false "\xff" "\xff"
// true true "`x`" false "`x`" "`x`"
// true true ` ` true "\u00a0" "\u00a0"
// true true "\x00" false "\x00" "\x00"
// true true 'x'
// true true '\n'
// true true 'é'
// true true '😀'
// true true '�'
