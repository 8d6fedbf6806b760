// strings.ToUpper and ToLower of ASCII text.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("Gopher"), strings.ToLower("Gopher"))
	fmt.Printf("%q %q\n", strings.ToUpper(""), strings.ToLower(""))
	fmt.Println(strings.ToUpper("hello, world! 123 [x]{y}@`~"))
	fmt.Println(strings.ToLower("HELLO, WORLD! 123 [X]{Y}@`~"))
	fmt.Println(strings.ToUpper("ALREADY UPPER"), strings.ToLower("already lower"))
	s := "MiXeD_CaSe-42"
	fmt.Println(strings.ToUpper(s), strings.ToLower(s), s)
	fmt.Println(strings.ToLower(strings.ToUpper("round trip")) == "round trip")
}
// Output:
// GOPHER gopher
// "" ""
// HELLO, WORLD! 123 [X]{Y}@`~
// hello, world! 123 [x]{y}@`~
// ALREADY UPPER already lower
// MIXED_CASE-42 mixed_case-42 MiXeD_CaSe-42
// true
