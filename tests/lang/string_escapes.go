package main

import "fmt"

func main() {
	fmt.Println("tab\there", "quote\"q", `raw\n`+"x", "nl:\\n")
	fmt.Println("\x41\102\u00e9\U0001F600", len("\U0001F600"))
	fmt.Println('a', '\n', '\'', '\x00', '\u4e16', '\377')
	s := `multi
line`
	fmt.Println(s, len(s))
	fmt.Println("a\\b", len("\a\b\f\v\r"))
}

// Output:
// tab	here quote"q raw\nx nl:\n
// ABé😀 4
// 97 10 39 0 19990 255
// multi
// line 10
// a\b 5
