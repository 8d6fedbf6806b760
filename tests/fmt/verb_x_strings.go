package main

import "fmt"

func main() {
	fmt.Printf("%x\n", "hello")
	fmt.Printf("%X\n", "hello")
	fmt.Printf("% x\n", "hi!")
	fmt.Printf("%#x\n", "hi")
	fmt.Printf("%# X\n", "hi")
	fmt.Printf("[%10x][%-10x]\n", "ab", "ab")
	fmt.Printf("%x %x\n", "", "é")
	fmt.Printf("%.2x\n", "abcdef")
}

// Output:
// 68656c6c6f
// 68656C6C6F
// 68 69 21
// 0x6869
// 0X68 0X69
// [      6162][6162      ]
//  c3a9
// 6162
