package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]int, 2, 10)
	c := make([]string, 0, 4)
	fmt.Println(a, len(a), cap(a))
	fmt.Println(b, len(b), cap(b))
	fmt.Printf("%q %d %d\n", c, len(c), cap(c))
	b = b[:cap(b)]
	fmt.Println(b, len(b))
	n := 5
	d := make([]float64, n, n*2)
	d[n-1] = 1.5
	fmt.Println(d, len(d), cap(d))
	e := make([][]int, 2)
	fmt.Println(e, e[0] == nil)
}

// Output:
// [0 0 0] 3 3
// [0 0] 2 10
// [] 0 4
// [0 0 0 0 0 0 0 0 0 0] 10
// [0 0 0 0 1.5] 5 10
// [[] []] true
