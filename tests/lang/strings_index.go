// strings.Index, IndexByte, IndexRune and IndexAny.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("chicken", ""))
	fmt.Println(strings.Index("", ""), strings.Index("", "a"), strings.Index("abc", "abc"), strings.Index("ab", "abc"))
	fmt.Println(strings.Index("aaab", "aab"), strings.Index(strings.Repeat("a", 100)+"b", "aaab"))
	fmt.Println(strings.Index("日本語", "語"), strings.Index("x日本語", "本語"))
	fmt.Println(strings.IndexByte("golang", 'g'), strings.IndexByte("gophers", 'h'), strings.IndexByte("golang", 'x'))
	fmt.Println(strings.IndexByte("", 'a'), strings.IndexByte("a\x00b", 0), strings.IndexByte("\xffa", 0xff))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("chicken", 'd'), strings.IndexRune("日本語", '本'))
	fmt.Println(strings.IndexRune("a\xffb", '\uFFFD'), strings.IndexRune("a\uFFFDb", '\uFFFD'), strings.IndexRune("abc", '\uFFFD'))
	fmt.Println(strings.IndexRune("abc", -1), strings.IndexRune("abc", 0xD800), strings.IndexRune("\xed\xa0\x80", 0xD800))
	fmt.Println(strings.IndexAny("golang", "y"), strings.IndexAny("chicken", "kmr"), strings.IndexAny("chicken", ""))
	fmt.Println(strings.IndexAny("日本語", "語本"), strings.IndexAny("abc\xff", "\uFFFD"), strings.IndexAny("abc\xff", "\xfe"))
	fmt.Println(strings.IndexAny("long string with spaces", " ,"), strings.IndexAny("ab", "中b"))
}
// Output:
// 4 -1 0
// 0 -1 0 -1
// 1 97
// 6 4
// 0 3 -1
// -1 1 0
// 4 -1 3
// 1 1 -1
// -1 -1 -1
// -1 4 -1
// 3 3 3
// 4 1
