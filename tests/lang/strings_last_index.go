// strings.LastIndex, LastIndexByte and LastIndexAny, going backwards over
// UTF-8 (an incomplete sequence at the end is one invalid byte).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Index("go gopher", "go"), strings.LastIndex("go gopher", "go"), strings.LastIndex("go gopher", "rodent"))
	fmt.Println(strings.LastIndex("abc", ""), strings.LastIndex("", ""), strings.LastIndex("aaaa", "aa"), strings.LastIndex("abc", "abc"))
	fmt.Println(strings.LastIndex("日本語日本", "日本"), strings.LastIndex("ab", "abc"))
	fmt.Println(strings.LastIndexByte("Hello, world", 'l'), strings.LastIndexByte("Hello, world", 'o'), strings.LastIndexByte("Hello, world", 'x'))
	fmt.Println(strings.LastIndexByte("", 'a'), strings.LastIndexByte("a\xff", 0xff))
	fmt.Println(strings.LastIndexAny("go gopher", "go"), strings.LastIndexAny("go gopher", "rodent"), strings.LastIndexAny("go gopher", "fail"))
	fmt.Println(strings.LastIndexAny("abc", ""), strings.LastIndexAny("日本語", "日本"), strings.LastIndexAny("ab\xe6\x97", "\uFFFD"))
	fmt.Println(strings.LastIndexAny("x日本\xe6", "日\xff"), strings.LastIndexAny("\xff", "\xfe"), strings.LastIndexAny("a", "ab"))
}
// Output:
// 0 3 -1
// 3 0 2 0
// 9 -1
// 10 8 -1
// -1 1
// 4 8 -1
// -1 3 3
// 7 0 0
