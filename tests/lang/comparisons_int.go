package main

import "fmt"

func main() {
	a, b := 3, -5
	fmt.Println(a == b, a != b, a < b, a <= b, a > b, a >= b)
	var u, v uint8 = 200, 100
	fmt.Println(u > v, u < v, u == 200)
	var x uint = 0
	x--
	fmt.Println(x > 1, int64(x) < 0)
	var i8 int8 = -1
	fmt.Println(i8 < 0, uint8(i8) > 0)
	fmt.Println(!(a > b) || a == 3 && b == -5)
}

// Output:
// false true false false true true
// true false true
// true true
// true true
// true
