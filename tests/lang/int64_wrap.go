package main

import "fmt"

func main() {
	var a int64 = 9223372036854775807
	a++
	fmt.Println(a)
	var b int64 = -9223372036854775808
	b--
	fmt.Println(b)
	var c int64 = 1 << 62
	c *= 4
	fmt.Println(c)
	var x int = 9223372036854775807
	x += 2
	fmt.Println(x)
	m := -9223372036854775808
	fmt.Println(m/-1, m%-1, -m)
}

// Output:
// -9223372036854775808
// 9223372036854775807
// 0
// -9223372036854775807
// -9223372036854775808 0 -9223372036854775808
