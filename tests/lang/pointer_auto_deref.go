package main

import "fmt"

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }
func (r *Rect) Grow()    { r.W++; r.H++ }

func main() {
	r := Rect{2, 3}
	p := &r
	fmt.Println(p.W, (*p).H, p.Area(), (*p).Area())
	p.Grow()
	r.Grow()
	fmt.Println(r)
	arr := [3]int{1, 2, 3}
	pa := &arr
	pa[0] = 10
	fmt.Println(len(pa), pa[0], arr[0])
	for i := range pa {
		pa[i] *= 2
	}
	fmt.Println(arr)
	rs := []Rect{{1, 1}}
	rs[0].Grow()
	fmt.Println(rs)
	ptrs := map[string]*Rect{"a": {5, 5}}
	ptrs["a"].Grow()
	fmt.Println(ptrs["a"].Area())
}

// Output:
// 2 3 6 6
// {4 5}
// 3 10 10
// [20 4 6]
// [{2 2}]
// 36
