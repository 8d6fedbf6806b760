// Splitting on an empty separator splits after each UTF-8 sequence; an
// invalid byte becomes "\uFFFD", except in the unsplit last piece.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a\xffb", ""))
	fmt.Printf("%q\n", strings.Split("日\xe6本", ""))
	fmt.Printf("%q\n", strings.SplitN("a\xff\xfe", "", 2))
	fmt.Printf("%q\n", strings.SplitN("a\xff", "", 2))
	fmt.Printf("%q\n", strings.SplitN("a\xff", "", 3))
	fmt.Printf("%q\n", strings.SplitAfter("\xc3\xa9\xc3", ""))
	fmt.Printf("%q\n", strings.Split("\uFFFD\xff", ""))
	for i, p := range strings.Split("héllo", "") {
		fmt.Print(i, ":", p, " ")
	}
	fmt.Println()
}
// Output:
// ["a" "�" "b"]
// ["日" "�" "本"]
// ["a" "\xff\xfe"]
// ["a" "\xff"]
// ["a" "\xff"]
// ["é" "\xc3"]
// ["�" "\xff"]
// 0:h 1:é 2:l 3:l 4:o 
