package main

import "fmt"

const (
	A = iota
	B
	C
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	X, Y = iota, iota * 10
	Z, W
	_, _
	P, Q
)

const (
	a = 5
	b
	c = iota
	d
	e = "s"
	f
	g = iota * iota
)

func main() {
	fmt.Println(A, B, C)
	fmt.Println(KB, MB, GB)
	fmt.Println(X, Y, Z, W, P, Q)
	fmt.Println(a, b, c, d, e, f, g)
}

// Output:
// 0 1 2
// 1024 1048576 1073741824
// 0 0 1 10 3 30
// 5 5 2 3 s s 36
