package main

import "fmt"

func main() {
	a := [...]int{10, 20, 30}
	b := [...]string{"x", "y"}
	c := [...]float64{}
	fmt.Println(len(a), len(b), len(c))
	fmt.Printf("%T %T %T\n", a, b, c)
	fmt.Println(a, b, c)
	d := [...]byte{'g', 'o'}
	fmt.Println(d, string(d[:]))
}

// Output:
// 3 2 0
// [3]int [2]string [0]float64
// [10 20 30] [x y] []
// [103 111] go
