// strings.TrimSpace removes leading and trailing Unicode white space.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace(""), strings.TrimSpace("   "), strings.TrimSpace("x"))
	fmt.Printf("%q\n", strings.TrimSpace("\u00a0\u3000 mixed\u2000space\u2028 \u0085"))
	fmt.Printf("%q\n", strings.TrimSpace(" \xff "))
	fmt.Printf("%q\n", strings.TrimSpace("a \u200b"))
	fmt.Printf("%q\n", strings.TrimSpace("\v\f日本\f\v"))
	lines := strings.Split(" a \n  b\t\n\n c ", "\n")
	for _, l := range lines {
		fmt.Printf("[%s]", strings.TrimSpace(l))
	}
	fmt.Println()
}
// Output:
// Hello, Gophers
// "" "" "x"
// "mixed\u2000space"
// "\xff"
// "a \u200b"
// "日本"
// [a][b][][c]
