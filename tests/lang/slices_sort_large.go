// Sorting long slices with package slices (Go 1.21). The expectation is
// what Go 1.19 prints for the same program written with package sort
// (sort.Ints, sort.Float64s, sort.Slice with a total order, and
// sort.SliceStable), whose results these sorts must equal: an unstable
// sort's result is unique for a total order, a stable sort's always.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type rec struct {
	key, seq int
}

var state uint32 = 12345

func next() int {
	state = state*1664525 + 1013904223
	return int(state >> 8)
}

func digest(xs []int) int {
	h := 0
	for i, x := range xs {
		h = (h*31 + x*(i+1)) % 1000000007
	}
	return h
}

func main() {
	for _, n := range []int{0, 1, 5, 13, 50, 1000, 5000} {
		xs := make([]int, n)
		for i := range xs {
			xs[i] = next() % 1000
		}
		slices.Sort(xs)
		fmt.Println(n, slices.IsSorted(xs), digest(xs))
	}
	// sorted, reversed and constant inputs
	up := make([]int, 3000)
	down := make([]int, 3000)
	same := make([]int, 3000)
	for i := range up {
		up[i] = i
		down[i] = 3000 - i
		same[i] = 7
	}
	slices.Sort(up)
	slices.Sort(down)
	slices.Sort(same)
	fmt.Println(digest(up), digest(down), digest(same))

	fs := make([]float64, 777)
	for i := range fs {
		fs[i] = float64(next()%10000) / 7
	}
	slices.Sort(fs)
	fmt.Println(fs[0], fs[388], fs[776])

	rs := make([]rec, 4000)
	for i := range rs {
		rs[i] = rec{next() % 50, i}
	}
	total := slices.Clone(rs)
	slices.SortFunc(total, func(a, b rec) int {
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	slices.SortStableFunc(rs, func(a, b rec) int { return cmp.Compare(a.key, b.key) })
	fmt.Println(slices.Equal(rs, total), rs[0], rs[1999], rs[3999])
}

// Output:
// 0 true 0
// 1 true 300
// 5 true 618672695
// 13 true 90639190
// 50 true 705729635
// 1000 true 623384977
// 5000 true 859501848
// 34738654 560319964 679069149
// 0.2857142857142857 715.7142857142857 1426.4285714285713
// true {0 73} {25 257} {49 3953}
