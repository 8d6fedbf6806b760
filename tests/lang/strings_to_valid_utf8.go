// strings.ToValidUTF8 replaces each run of invalid bytes once.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.ToValidUTF8("abc", "?"))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xff\xfeb\xc3", "?"))
	fmt.Printf("%q\n", strings.ToValidUTF8("\xed\xa0\x80x", "[bad]"))
	fmt.Printf("%q\n", strings.ToValidUTF8("\xffé\xff", ""))
	fmt.Printf("%q\n", strings.ToValidUTF8("", "?"))
	fmt.Printf("%q\n", strings.ToValidUTF8("\uFFFD", "?"))
}
// Output:
// "abc"
// "a?b?"
// "[bad]x"
// "é"
// ""
// "�"
