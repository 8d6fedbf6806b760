// &a[i] is the element's address straight from the bounds-checked
// IDXADDR: through a *array, a slice, elements larger than 255 bytes,
// and an index out of range still panics.
package main

import "fmt"

type Body struct{ x, y, vx, vy float64 }

type Big struct {
	pad [40]int
	v   int
}

func step(bodies *[3]Body) {
	for i := 0; i < 3; i++ {
		b := &bodies[i]
		for j := i + 1; j < 3; j++ {
			o := &bodies[j]
			b.vx += o.x - b.x
			o.vy -= b.y - o.y
		}
		b.x += b.vx
	}
}

func main() {
	bs := [3]Body{{1, 2, 0, 0}, {3, 5, 0, 0}, {6, 9, 0, 0}}
	step(&bs)
	fmt.Println(bs)
	big := make([]Big, 3)
	for i := range big {
		p := &big[i]
		p.v = i * 7
		p.pad[39] = i
	}
	fmt.Println(big[2].v, big[1].pad[39])
	s := []int{1, 2, 3}
	ps := []*int{&s[0], &s[2]}
	*ps[1] = 30
	fmt.Println(s, *ps[0])
	defer func() { fmt.Println("recovered:", recover()) }()
	k := 3
	q := &s[k]
	fmt.Println(*q)
}

// Output:
// [{8 2 7 0} {6 5 3 3} {6 9 0 11}]
// 14 1
// [1 2 30] 1
// recovered: runtime error: index out of range [3] with length 3
