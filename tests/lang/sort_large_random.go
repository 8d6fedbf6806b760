// Large seeded random inputs with many equal keys: the order of the
// equal elements after sort.Slice is Go's, and so are the checksums.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

type rec struct {
	key  int
	name string
}

func main() {
	r := rand.New(rand.NewSource(12345))
	xs := make([]rec, 20000)
	for i := range xs {
		xs[i] = rec{r.Intn(100), fmt.Sprint("n", i)}
	}
	sort.Slice(xs, func(i, j int) bool { return xs[i].key < xs[j].key })
	h := uint32(0)
	for _, x := range xs {
		for _, c := range x.name {
			h = h*16777619 ^ uint32(c)
		}
	}
	fmt.Println(h, xs[0], xs[len(xs)-1], xs[10000])
	ints := r.Perm(50000)
	sort.Ints(ints)
	fmt.Println(sort.IntsAreSorted(ints), ints[0], ints[49999])
	fs := make([]float64, 30000)
	for i := range fs {
		fs[i] = r.NormFloat64()
	}
	sort.Float64s(fs)
	fmt.Println(fs[0], fs[15000], fs[29999])
	strs := make([]string, 10000)
	for i := range strs {
		strs[i] = fmt.Sprintf("%x", r.Int63n(1<<20))
	}
	sort.Strings(strs)
	fmt.Println(strs[0], strs[5000], strs[9999])
}

// Output:
// 3481756888 {0 n2802} {99 n14299} {49 n7996}
// true 0 49999
// -4.154611530556102 -0.0010141988490758314 4.230388245959662
// 1008 87eb1 fffd2
