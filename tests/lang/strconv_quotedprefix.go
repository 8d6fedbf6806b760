// strconv.QuotedPrefix: the quoted literal at the start of a text,
// returned as written, quotes included.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`"hello" world`, `'a' b`, "`raw` rest", `"a\"b" c`, `"unterminated`, `not quoted`,
		`"\q" x`, `'ab'`, "`a\rb`x", `""`, `"\u00e9"tail`, ``} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q -> %q %v\n", s, p, err)
	}
}
// Output:
// "\"hello\" world" -> "\"hello\"" <nil>
// "'a' b" -> "'a'" <nil>
// "`raw` rest" -> "`raw`" <nil>
// "\"a\\\"b\" c" -> "\"a\\\"b\"" <nil>
// "\"unterminated" -> "" invalid syntax
// "not quoted" -> "" invalid syntax
// "\"\\q\" x" -> "" invalid syntax
// "'ab'" -> "" invalid syntax
// "`a\rb`x" -> "`a\rb`" <nil>
// "\"\"" -> "\"\"" <nil>
// "\"\\u00e9\"tail" -> "\"\\u00e9\"" <nil>
// "" -> "" invalid syntax
