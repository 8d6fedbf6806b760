package main

import "fmt"

type T struct {
	A int
	B []string
	C map[string]int
	D *T
}

func main() {
	pi := new(int)
	ps := new([]int)
	pm := new(map[string]int)
	pt := new(T)
	pa := new([3]bool)
	pp := new(*int)
	fmt.Println(*pi, *ps == nil, *pm == nil, len(*pm), pt.D == nil, *pa, *pp == nil)
	*ps = append(*ps, 1, 2)
	fmt.Println(*ps, len(*ps))
	fmt.Println((*pm)["missing"])
	*pm = map[string]int{}
	(*pm)["a"] = 1
	fmt.Println(*pm)
	pt.B = append(pt.B, "x")
	pt.D = new(T)
	pt.D.A = 5
	fmt.Printf("%+v %+v\n", pt.B, *pt.D)
	*pp = pi
	**pp = 9
	fmt.Println(*pi, new(int) == new(int), *new(string) == "")
	q := pt
	q.A = 3
	fmt.Println(pt.A)
}

// Output:
// 0 true true 0 true [false false false] true
// [1 2] 2
// 0
// map[a:1]
// [x] {A:5 B:[] C:map[] D:<nil>}
// 9 false true
// 3
