// strings.Fields splits around runs of white space as unicode.IsSpace
// defines it, ASCII and beyond (U+0085, U+00A0, U+2000..U+200A, U+3000).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("Fields are: %q\n", strings.Fields("  foo bar  baz   "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.Fields("   \t\n  "))
	fmt.Printf("%q\n", strings.Fields("one"))
	fmt.Printf("%q\n", strings.Fields("a\tb\nc\vd\fe\rf g"))
	fmt.Printf("%q\n", strings.Fields("x\u00a0y\u0085z\u2003w\u3000v\u2028u\u205ft"))
	fmt.Printf("%q\n", strings.Fields("日本 語\u200bテキスト"))
	fmt.Printf("%q\n", strings.Fields("a\xff b\xa0c"))
	f := strings.Fields(" α β  γ ")
	fmt.Println(len(f), cap(f), f == nil, strings.Fields("  ") == nil, len(strings.Fields("  ")))
	total := 0
	for _, line := range []string{"the quick brown fox", "  jumps over\tthe", "lazy dog  "} {
		total += len(strings.Fields(line))
	}
	fmt.Println(total)
}
// Output:
// Fields are: ["foo" "bar" "baz"]
// []
// []
// ["one"]
// ["a" "b" "c" "d" "e" "f" "g"]
// ["x" "y" "z" "w" "v" "u" "t"]
// ["日本" "語\u200bテキスト"]
// ["a\xff" "b\xa0c"]
// 3 3 false false 0
// 9
