package main

import "fmt"

func main() {
	fmt.Printf("%q\n", "plain")
	fmt.Printf("%q\n", `with "quotes" and \ backslash`)
	fmt.Printf("%q\n", "tab\tnewline\n bell\a nul\x00")
	fmt.Printf("%q\n", "héllo 世界")
	fmt.Printf("%+q\n", "héllo 世界")
	fmt.Printf("%#q\n", "backquote ok")
	fmt.Printf("%#q\n", "has `tick`")
	fmt.Printf("%q\n", "\xff\xfe")
	fmt.Printf("%q %q %q\n", 'a', '\n', '世')
	fmt.Printf("%+q %q\n", '世', 0x1F600)
	fmt.Printf("%q\n", []string{"a b", "", "c\"d"})
	fmt.Printf("%10q|%-10q|\n", "pad", "pad")
	fmt.Printf("%q\n", []rune("ab"))
	fmt.Printf("%q\n", 65)
}

// Output:
// "plain"
// "with \"quotes\" and \\ backslash"
// "tab\tnewline\n bell\a nul\x00"
// "héllo 世界"
// "h\u00e9llo \u4e16\u754c"
// `backquote ok`
// "has `tick`"
// "\xff\xfe"
// 'a' '\n' '世'
// '\u4e16' '😀'
// ["a b" "" "c\"d"]
//      "pad"|"pad"     |
// ['a' 'b']
// 'A'
