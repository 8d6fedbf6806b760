package main

import "fmt"

func main() {
	// index operands on the left are evaluated before any assignment
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 2
	fmt.Println(i, a)

	b := []int{0, 0, 0}
	j := 0
	b[j], j = 1, 2
	fmt.Println(j, b)

	// x[1] and x[3] are set, not x[3] twice
	x := []int{1, 2, 3, 4}
	k := 1
	k, x[k] = 3, 100
	x[k] = 300
	fmt.Println(x)

	// pointer indirection on the left is evaluated first too
	p, q := new(int), new(int)
	r := p
	r, *r = q, 5
	fmt.Println(*p, *q)

	// the right side is fully evaluated before assigning
	c := []int{1, 2, 3}
	c[0], c[1], c[2] = c[2], c[0], c[1]
	fmt.Println(c)
}

// Output:
// 1 [2 0 0]
// 2 [1 0 0]
// [1 100 3 300]
// 5 0
// [3 1 2]
