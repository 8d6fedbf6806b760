// strings.Count: non-overlapping matches; an empty separator counts the
// runes plus one (an invalid byte is one rune).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Count("aaaa", "aa"), strings.Count("aaaaa", "aa"), strings.Count("", ""), strings.Count("", "a"))
	fmt.Println(strings.Count("日本語", ""), strings.Count("a\xffb\xfe", ""), strings.Count("日本語日本", "日本"))
	fmt.Println(strings.Count("abc", "abcd"), strings.Count("abc", "abc"), strings.Count("banana", "ana"))
	fmt.Println(strings.Count(strings.Repeat("ab", 1000), "ba"), strings.Count("x\ny\nz\n", "\n"))
}
// Output:
// 3 5
// 2 2 1 0
// 4 5 2
// 0 1 1
// 999 3
