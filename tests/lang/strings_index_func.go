// strings.IndexFunc and LastIndexFunc call the program's predicate on
// each rune (U+FFFD for an invalid byte).
package main

import (
	"fmt"
	"strings"
)

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func main() {
	f := func(c rune) bool { return c > 0x7F }
	fmt.Println(strings.IndexFunc("Hello, 世界", f), strings.IndexFunc("Hello, world", f))
	fmt.Println(strings.LastIndexFunc("go123", isDigit), strings.LastIndexFunc("123go", isDigit), strings.LastIndexFunc("go", isDigit))
	fmt.Println(strings.IndexFunc("", isDigit), strings.LastIndexFunc("", isDigit))
	bad := func(r rune) bool { return r == '\uFFFD' }
	fmt.Println(strings.IndexFunc("ab\xffc", bad), strings.LastIndexFunc("ab\xffc\xe4\xb8", bad))
	calls := 0
	strings.IndexFunc("日本語abc", func(r rune) bool { calls++; return r == 'b' })
	fmt.Println(calls)
	var seen []rune
	strings.LastIndexFunc("aé中", func(r rune) bool { seen = append(seen, r); return false })
	fmt.Println(string(seen), len(seen))
}
// Output:
// 7 -1
// 4 2 -1
// -1 -1
// 2 5
// 5
// 中éa 3
