package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	n := new(int)
	fmt.Println(*n)
	*n = 3
	fmt.Println(*n)
	p := new(Point)
	p.X = 1
	fmt.Println(*p, p)
	a := new([3]string)
	a[2] = "c"
	fmt.Printf("%q\n", *a)
	s := new([]int)
	*s = append(*s, 1, 2)
	fmt.Println(*s, len(*s))
	m := new(map[string]int)
	fmt.Println(*m == nil)
	b := new(bool)
	f := new(float64)
	str := new(string)
	fmt.Println(*b, *f, *str == "")
	n2 := new(int)
	fmt.Println(n == n2)
}

// Output:
// 0
// 3
// {1 0} &{1 0}
// ["" "" "c"]
// [1 2] 2
// true
// false 0 true
// false
