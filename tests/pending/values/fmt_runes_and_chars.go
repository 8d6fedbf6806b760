package main

import "fmt"

func main() {
	r := []rune("héllo")
	fmt.Println(r)
	fmt.Printf("%c\n", r)
	fmt.Printf("%q\n", r)
	fmt.Printf("%U\n", r[:2])
	fmt.Printf("%#U\n", '世')
	fmt.Printf("%c%c%c\n", 71, 'o', 0x4E16)
	fmt.Printf("%v %d %c\n", 'A', 'A', 'A')
	fmt.Printf("%c|%5c|%-3c|\n", 'x', 'y', 'z')
	fmt.Printf("%c\n", -1)
}

// Output:
// [104 233 108 108 111]
// [h é l l o]
// ['h' 'é' 'l' 'l' 'o']
// [U+0068 U+00E9]
// U+4E16 '世'
// Go世
// 65 65 A
// x|    y|z  |
// �
