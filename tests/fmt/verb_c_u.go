package main

import "fmt"

func main() {
	fmt.Printf("%c%c%c\n", 'G', 'o', 0x4e16)
	fmt.Printf("%c|%5c|%-5c|\n", 65, 'x', 'y')
	fmt.Printf("%U %U %U\n", 'a', 0x1F600, 0)
	fmt.Printf("%#U %#U\n", 'a', '世')
	fmt.Printf("%c %U\n", -1, -1)
	fmt.Printf("%c\n", 0x110000)
	var b byte = 'B'
	fmt.Printf("%c %U %d\n", b, b, b)
}

// Output:
// Go世
// A|    x|y    |
// U+0061 U+1F600 U+0000
// U+0061 'a' U+4E16 '世'
// � U+FFFFFFFFFFFFFFFF
// �
// B U+0042 66
