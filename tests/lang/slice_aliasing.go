package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b, c)
	fmt.Println(b[3] == c[3])

	x := []int{1, 2, 3}
	y := x
	y[0] = 100
	fmt.Println(x, y)

	first := x[:2]
	first = append(first, 7)
	fmt.Println(x)

	// appending past capacity gives a new array
	z := append(x, 4)
	z[0] = -1
	fmt.Println(x, z)
}

// Output:
// [0 0 0 2] [0 0 0 2]
// true
// [100 2 3] [100 2 3]
// [100 2 7]
// [100 2 7] [-1 2 7 4]
