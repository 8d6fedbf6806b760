package main

import "fmt"

func main() {
	var a int8 = 126
	a++
	a++
	var b uint16 = 1
	b--
	b--
	var c float64 = 0.5
	c++
	var d float32 = -0.5
	d--
	var r rune = 'y'
	r++
	r++
	var u uintptr = 10
	u--
	fmt.Println(a, b, c, d, r, string(r), u)
}

// Output:
// -128 65535 1.5 -1.5 123 { 9
