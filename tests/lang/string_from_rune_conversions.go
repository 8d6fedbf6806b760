package main

import "fmt"

func main() {
	var r rune = 65
	fmt.Println(string(r))
	r = 0x4E16
	fmt.Println(string(r), len(string(r)))
	bad := []rune{-1, 0xD800, 0xDFFF, 0x110000}
	for _, b := range bad {
		s := string(b)
		fmt.Printf("%q %d %x\n", s, len(s), s)
	}
	fmt.Println(string(rune(0x10FFFF)) == "\U0010FFFF")
	var by byte = 'z'
	fmt.Println(string(rune(by)))
	var big int64 = 1 << 40
	fmt.Printf("%q\n", string(rune(big)))
}

// Output:
// A
// 世 3
// "�" 3 efbfbd
// "�" 3 efbfbd
// "�" 3 efbfbd
// "�" 3 efbfbd
// true
// z
// "\x00"
