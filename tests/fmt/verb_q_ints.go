package main

import "fmt"

func main() {
	fmt.Printf("%q %q %q %q\n", 65, 0x4e16, 10, 0)
	fmt.Printf("%+q %#q %#q\n", 0x4e16, 'x', '\n')
	var b byte = 'k'
	fmt.Printf("%q %v %c\n", b, b, b)
	fmt.Printf("%q\n", 0x110000)
}

// Output:
// 'A' '世' '\n' '\x00'
// '\u4e16' 'x' '\n'
// 'k' 107 k
// '�'
