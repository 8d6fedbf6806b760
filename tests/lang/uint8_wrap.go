package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c byte = 200
	c += 100
	fmt.Println(c)
	var d byte = 16
	d *= 16
	fmt.Println(d)
	var e uint8 = 1
	fmt.Println(-e, ^e)
}

// Output:
// 0
// 255
// 44
// 0
// 255 254
