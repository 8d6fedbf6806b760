package main

import "fmt"

func main() {
	const s = "a\x80\u00e9\U0001F600\377\t`" + `raw\n`
	fmt.Printf("%q %d\n", s, len(s))
	fmt.Println('\'', '\x41', '\101', '\u00e9', 'é', '😀')
	r := rune(0xD800)
	fmt.Printf("%q %q\n", string(r), string(rune(0x10FFFF+1)))
	const c = string(rune(0xD800))
	fmt.Printf("%q\n", c)
}
// Output:
// "a\x80é😀\xff\t`raw\\n" 16
// 39 65 65 233 233 128512
// "�" "�"
// "�"
