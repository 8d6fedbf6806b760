package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b)

	var c [3]int
	c = b
	c[2] = -1
	fmt.Println(b, c)

	p := &a
	p[1] = 20
	fmt.Println(a, *p)
}

// Output:
// [1 2 3] [100 2 3]
// [100 2 3] [100 2 -1]
// [1 20 3] [1 20 3]
