package main

import "fmt"

func main() {
	var p uintptr = 0x1000
	p += 0x10
	fmt.Println(p, p*2, p>>4, p&0xff)
	var q uintptr = 1
	q -= 2
	fmt.Println(q == ^uintptr(0), q)
	fmt.Printf("%x %d %T\n", p, p, p)
}

// Output:
// 4112 8224 257 16
// true 18446744073709551615
// 1010 4112 uintptr
