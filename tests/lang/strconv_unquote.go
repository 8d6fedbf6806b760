// strconv.Unquote: double-quoted, single-quoted and raw strings, every
// escape, and the texts Go refuses.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`"hello"`, `"a\tb\n"`, `"\x41\101\u00e9\U0001F600"`, `"\a\b\f\n\r\t\v\\\""`,
		`'a'`, `'\n'`, `'\''`, `'"'`, `"'"`, `'ab'`, `''`, `'\x41'`, `'é'`, "`raw\\n`", "`a\rb`", "`", "``",
		`"`, `"abc`, `abc"`, `"a"b"`, `"\'"`, `'\"'`, `"\z"`, `"\x4"`, `"\400"`, `"\377"`, `"\u00"`, `"\uD800"`,
		`"\U00110000"`, "\"a\nb\"", `"\xff"`, "\"\xff\"", "'\xff'", `"日本"`, `x`, ``, `"\08"`, `"\0"`, `'\u00e9'`,
		`"\u00E9\u00e9"`, "`\xff`", `"\\"`, `'\\'`, `'''`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q -> %q %v\n", s, u, err)
	}
}
// Output:
// "\"hello\"" -> "hello" <nil>
// "\"a\\tb\\n\"" -> "a\tb\n" <nil>
// "\"\\x41\\101\\u00e9\\U0001F600\"" -> "AAé😀" <nil>
// "\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"" -> "\a\b\f\n\r\t\v\\\"" <nil>
// "'a'" -> "a" <nil>
// "'\\n'" -> "\n" <nil>
// "'\\''" -> "'" <nil>
// "'\"'" -> "\"" <nil>
// "\"'\"" -> "'" <nil>
// "'ab'" -> "" invalid syntax
// "''" -> "" <nil>
// "'\\x41'" -> "A" <nil>
// "'é'" -> "é" <nil>
// "`raw\\n`" -> "raw\\n" <nil>
// "`a\rb`" -> "ab" <nil>
// "`" -> "" invalid syntax
// "``" -> "" <nil>
// "\"" -> "" invalid syntax
// "\"abc" -> "" invalid syntax
// "abc\"" -> "" invalid syntax
// "\"a\"b\"" -> "" invalid syntax
// "\"\\'\"" -> "" invalid syntax
// "'\\\"'" -> "" invalid syntax
// "\"\\z\"" -> "" invalid syntax
// "\"\\x4\"" -> "" invalid syntax
// "\"\\400\"" -> "" invalid syntax
// "\"\\377\"" -> "\xff" <nil>
// "\"\\u00\"" -> "" invalid syntax
// "\"\\uD800\"" -> "" invalid syntax
// "\"\\U00110000\"" -> "" invalid syntax
// "\"a\nb\"" -> "" invalid syntax
// "\"\\xff\"" -> "\xff" <nil>
// "\"\xff\"" -> "�" <nil>
// "'\xff'" -> "�" <nil>
// "\"日本\"" -> "日本" <nil>
// "x" -> "" invalid syntax
// "" -> "" invalid syntax
// "\"\\08\"" -> "" invalid syntax
// "\"\\0\"" -> "" invalid syntax
// "'\\u00e9'" -> "é" <nil>
// "\"\\u00E9\\u00e9\"" -> "éé" <nil>
// "`\xff`" -> "\xff" <nil>
// "\"\\\\\"" -> "\\" <nil>
// "'\\\\'" -> "\\" <nil>
// "'''" -> "" invalid syntax
