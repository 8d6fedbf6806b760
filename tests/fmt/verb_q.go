package main

import "fmt"

func main() {
	fmt.Printf("%q\n", "hello")
	fmt.Printf("%q\n", "tab\there\n")
	fmt.Printf("%q\n", `back\slash "quoted"`)
	fmt.Printf("%q\n", "é世\x00\xff")
	fmt.Printf("%+q\n", "é世")
	fmt.Printf("%#q\n", "raw ok")
	fmt.Printf("%#q\n", "has `tick`")
	fmt.Printf("%q %q %q\n", 'x', '\n', '\'')
	fmt.Printf("%q %+q\n", '世', '世')
	fmt.Printf("[%10q][%-10q]\n", "a", "b")
	fmt.Printf("%q\n", "")
}

// Output:
// "hello"
// "tab\there\n"
// "back\\slash \"quoted\""
// "é世\x00\xff"
// "\u00e9\u4e16"
// `raw ok`
// "has `tick`"
// 'x' '\n' '\''
// '世' '\u4e16'
// [       "a"]["b"       ]
// ""
