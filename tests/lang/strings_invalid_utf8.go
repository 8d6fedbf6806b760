// The strings functions on invalid UTF-8: an invalid byte reads as
// U+FFFD of width 1 wherever runes are decoded.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "a\xffb\xc3\xa9c\xe2\x82d\xf0\x9f\x98"
	fmt.Println(strings.Count(s, ""), strings.IndexRune(s, '\uFFFD'), strings.LastIndexAny(s, "\uFFFD"))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.ToUpper(s))
	fmt.Printf("%q\n", strings.Title(s))
	fmt.Printf("%q\n", strings.Split(s, ""))
	fmt.Printf("%q\n", strings.Trim(s, "\uFFFDa"))
	fmt.Printf("%q\n", strings.TrimSpace("\x80 x \x80"))
	fmt.Println(strings.EqualFold(s, strings.ToUpper(s)), strings.EqualFold("\xff", "\xff"))
	fmt.Printf("%q\n", strings.Replace(s, "", "|", 4))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, s))
	r := strings.NewReader("\xe2\x82")
	for {
		c, n, err := r.ReadRune()
		if err != nil {
			break
		}
		fmt.Printf("%q %d ", c, n)
	}
	fmt.Println()
}
// Output:
// 12 1 11
// ["a\xffbéc\xe2\x82d\xf0\x9f\x98"]
// "A�BÉC��D���"
// "A�béc��d���"
// ["a" "�" "b" "é" "c" "�" "�" "d" "�" "�" "\x98"]
// "béc\xe2\x82d"
// "\x80 x \x80"
// true true
// "|a|\xff|b|éc\xe2\x82d\xf0\x9f\x98"
// "a�béc��d���"
// '�' 1 '�' 1 
