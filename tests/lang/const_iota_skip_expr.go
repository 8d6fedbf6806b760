package main

import "fmt"

const (
	_ = iota * 10
	ten
	twenty
	_
	forty
)

const (
	b0, b1 = 1 << iota, 1<<iota - 1
	c0, c1
	d0, d1
)

const (
	first = "x"
	second
	third = iota
)

func main() {
	fmt.Println(ten, twenty, forty)
	fmt.Println(b0, b1, c0, c1, d0, d1)
	fmt.Println(first, second, third)
}

// Output:
// 10 20 40
// 1 0 2 1 4 3
// x x 2
