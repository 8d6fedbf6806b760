package main

import "fmt"

var (
	pa int
	pb, pc = 1, "c"
	pd float32
)

func main() {
	var a int
	var b, c int = 1, 2
	var d = "d"
	var e, f = 1.5, true
	var (
		g uint8 = 255
		h       = 'h'
	)
	i, j := 10, "j"
	var k string
	var l bool
	var m float64
	var n rune
	fmt.Println(a, b, c, d, e, f, g, h, i, j)
	fmt.Println(k == "", l, m, n)
	fmt.Println(pa, pb, pc, pd)
	fmt.Printf("%T %T %T %T\n", h, e, i, pd)
	_ = a
	var _ = "blank"
	_, _ = b, c
}

// Output:
// 0 1 2 d 1.5 true 255 104 10 j
// true false 0 0
// 0 1 c 0
// int32 float64 int float32
