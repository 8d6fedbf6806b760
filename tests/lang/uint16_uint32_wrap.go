package main

import "fmt"

func main() {
	var a uint16 = 65535
	a++
	fmt.Println(a)
	var b uint16 = 0
	b -= 2
	fmt.Println(b)
	var c uint32 = 4294967295
	c++
	fmt.Println(c)
	var d uint32 = 0
	d--
	fmt.Println(d)
	var e uint32 = 100000
	e *= 100000
	fmt.Println(e)
}

// Output:
// 0
// 65534
// 0
// 4294967295
// 1410065408
