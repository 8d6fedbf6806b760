// strconv.UnquoteChar: value, multibyte and tail for each kind of
// character, and which quote may be escaped.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, c := range []struct {
		s string
		q byte
	}{
		{`abc`, '"'}, {`\nabc`, '"'}, {`\x41rest`, 0}, {`\u00e9x`, '\''}, {`\U0001F600`, '"'}, {`é!`, '"'},
		{`\'x`, '\''}, {`\'x`, '"'}, {`\"x`, '"'}, {`\"x`, 0}, {`"x`, '"'}, {`'x`, '\''}, {`'x`, '"'},
		{`\101`, '"'}, {`\400`, '"'}, {`\`, '"'}, {``, '"'}, {`\q`, '"'}, {"\xff\xfe", '"'}, {`\xZZ`, '"'},
		{`\uD800`, '"'}, {`\\`, '"'}, {`\x`, 0}, {`\7`, 0},
	} {
		v, mb, tail, err := strconv.UnquoteChar(c.s, c.q)
		fmt.Printf("%q %q -> %d %v %q %v\n", c.s, c.q, v, mb, tail, err)
	}
}
// Output:
// "abc" '"' -> 97 false "bc" <nil>
// "\\nabc" '"' -> 10 false "abc" <nil>
// "\\x41rest" '\x00' -> 65 false "rest" <nil>
// "\\u00e9x" '\'' -> 233 true "x" <nil>
// "\\U0001F600" '"' -> 128512 true "" <nil>
// "é!" '"' -> 233 true "!" <nil>
// "\\'x" '\'' -> 39 false "x" <nil>
// "\\'x" '"' -> 0 false "" invalid syntax
// "\\\"x" '"' -> 34 false "x" <nil>
// "\\\"x" '\x00' -> 0 false "" invalid syntax
// "\"x" '"' -> 0 false "" invalid syntax
// "'x" '\'' -> 0 false "" invalid syntax
// "'x" '"' -> 39 false "x" <nil>
// "\\101" '"' -> 65 false "" <nil>
// "\\400" '"' -> 0 false "" invalid syntax
// "\\" '"' -> 0 false "" invalid syntax
// "" '"' -> 0 false "" invalid syntax
// "\\q" '"' -> 0 false "" invalid syntax
// "\xff\xfe" '"' -> 65533 true "\xfe" <nil>
// "\\xZZ" '"' -> 0 false "" invalid syntax
// "\\uD800" '"' -> 0 false "" invalid syntax
// "\\\\" '"' -> 92 false "" <nil>
// "\\x" '\x00' -> 0 false "" invalid syntax
// "\\7" '\x00' -> 0 false "" invalid syntax
