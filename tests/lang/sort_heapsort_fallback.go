// An adversarial less (a comparison that lies, then another that does
// not) drives pdqsort through its pattern breaking and, when partitions
// stay unbalanced, its heapsort fallback; the results show Go's path.
package main

import (
	"fmt"
	"sort"
)

func main() {
	// keys chosen to make median-of-three pivots poor
	n := 300
	xs := make([]int, n)
	for i := range xs {
		if i%2 == 0 {
			xs[i] = i / 2
		} else {
			xs[i] = n/2 + i/2
		}
	}
	calls := 0
	sort.Slice(xs, func(i, j int) bool { calls++; return xs[i] < xs[j] })
	fmt.Println(calls, sort.IntsAreSorted(xs))
	// an inconsistent less never crashes the sort
	ys := make([]int, 200)
	for i := range ys {
		ys[i] = (i * 31) % 200
	}
	k := 0
	sort.Slice(ys, func(i, j int) bool { k++; return k%3 == 0 })
	sum := 0
	for _, y := range ys {
		sum += y
	}
	fmt.Println(k, sum, ys[:10])
	zs := make([]int, 500)
	for i := range zs {
		zs[i] = i % 3
	}
	c := 0
	sort.Slice(zs, func(i, j int) bool { c++; return zs[i] < zs[j] })
	fmt.Println(c, zs[165:170], zs[332:337])
}

// Output:
// 2446 true
// 703 19900 [24 138 16 64 120 168 72 4 32 112]
// 1388 [0 0 1 1 1] [1 1 2 2 2]
