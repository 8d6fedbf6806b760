package main

import "fmt"

func main() {
	var a int16 = 32767
	a++
	fmt.Println(a)
	var b int16 = -32768
	b--
	fmt.Println(b)
	var c int16 = 300
	c *= 300
	fmt.Println(c)
	var d int16 = -32768
	fmt.Println(-d, d/-1)
}

// Output:
// -32768
// 32767
// 24464
// -32768 -32768
