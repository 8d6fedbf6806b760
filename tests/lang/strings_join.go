// strings.Join: no elements, one element, empty separators and elements.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := []string{"foo", "bar", "baz"}
	fmt.Println(strings.Join(s, ", "))
	fmt.Printf("%q %q %q\n", strings.Join(nil, ","), strings.Join([]string{}, ","), strings.Join([]string{"only"}, ","))
	fmt.Printf("%q %q\n", strings.Join([]string{"", "", ""}, ","), strings.Join([]string{"", ""}, ""))
	fmt.Printf("%q\n", strings.Join([]string{"a", "b", "c"}, ""))
	fmt.Printf("%q\n", strings.Join([]string{"日本", "語"}, "・"))
	fmt.Println(strings.Join(strings.Split("a-b-c", "-"), "+"))
	fmt.Println(strings.Join(s[1:], "/"), strings.Join(s[:0], "/") == "")
	words := make([]string, 0, 1000)
	for i := 0; i < 1000; i++ {
		words = append(words, "w")
	}
	j := strings.Join(words, " ")
	fmt.Println(len(j), strings.Count(j, " "))
}
// Output:
// foo, bar, baz
// "" "" "only"
// ",," ""
// "abc"
// "日本・語"
// a+b+c
// bar/baz true
// 1999 999
