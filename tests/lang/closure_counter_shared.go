package main

import "fmt"

func makeCounter() (func() int, func()) {
	n := 0
	inc := func() int {
		n++
		return n
	}
	reset := func() { n = 0 }
	return inc, reset
}

func main() {
	inc, reset := makeCounter()
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())
	inc2, _ := makeCounter()
	fmt.Println(inc2(), inc())
	x := 1
	addX := func(y int) int { return x + y }
	x = 100
	fmt.Println(addX(1))
	setX := func(v int) { x = v }
	setX(7)
	fmt.Println(x)
}

// Output:
// 1 2 3
// 1
// 1 2
// 101
// 7
