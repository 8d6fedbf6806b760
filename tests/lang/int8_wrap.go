package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b int8 = -128
	b--
	fmt.Println(b)
	var c int8 = 100
	c += 100
	fmt.Println(c)
	var d int8 = -128
	d = -d
	fmt.Println(d)
	var e int8 = 64
	e *= 4
	fmt.Println(e)
	e = 99
	e *= 3
	fmt.Println(e)
}

// Output:
// -128
// 127
// -56
// -128
// 0
// 41
