package main

import "fmt"

func main() {
	r := 'A'
	fmt.Println(string(r), string(r+1))
	var x rune = 0x4e16
	fmt.Println(string(x), len(string(x)))
	fmt.Println(string(rune(233)), string(rune(-1)), string(rune(0x10ffff+1)))
	var b byte = 'z'
	fmt.Println(string(rune(b)))
	s := ""
	for c := 'a'; c <= 'e'; c++ {
		s += string(c)
	}
	fmt.Println(s)
	fmt.Println(string(rune(0xD800)) == "\uFFFD")
}

// Output:
// A B
// 世 3
// é � �
// z
// abcde
// true
