package main

import "fmt"

func main() {
	var a uint64 = 18446744073709551615
	a++
	fmt.Println(a)
	var b uint64
	b--
	fmt.Println(b)
	var u uint = 0
	u -= 1
	fmt.Println(u, u/2, u%10)
	var p uintptr = 0
	p--
	fmt.Println(p)
	var big uint64 = 1 << 63
	fmt.Println(big, big*2, big+big-1)
}

// Output:
// 0
// 18446744073709551615
// 18446744073709551615 9223372036854775807 5
// 18446744073709551615
// 9223372036854775808 0 18446744073709551615
