// sort.Slice's swapper moves elements of any size and kind: pointers,
// strings, interfaces, big structs and arrays.
package main

import (
	"fmt"
	"sort"
)

type big struct {
	a, b, c, d int
	s       string
	p       *int
	arr     [9]int64
}

func main() {
	n := []int{3, 1, 2}
	ps := []*int{&n[0], &n[1], &n[2]}
	sort.Slice(ps, func(i, j int) bool { return *ps[i] < *ps[j] })
	fmt.Println(*ps[0], *ps[1], *ps[2])
	vs := []any{3, "x", 2.5, 1, "a", nil}
	key := func(v any) string { return fmt.Sprint(v) }
	sort.Slice(vs, func(i, j int) bool { return key(vs[i]) < key(vs[j]) })
	fmt.Println(vs)
	bs := make([]big, 30)
	for i := range bs {
		v := i
		bs[i] = big{a: (i * 11) % 30, s: fmt.Sprint("s", i), p: &v}
		bs[i].arr[8] = int64(i)
	}
	sort.Slice(bs, func(i, j int) bool { return bs[i].a < bs[j].a })
	for _, b := range bs[:5] {
		fmt.Print(b.a, b.s, *b.p, b.arr[8], " ")
	}
	fmt.Println()
	bytes := []byte("sorting bytes")
	sort.Slice(bytes, func(i, j int) bool { return bytes[i] < bytes[j] })
	fmt.Printf("%q\n", bytes)
	arrs := [][3]int{{3, 2, 1}, {1, 2, 3}, {2, 2, 2}}
	sort.Slice(arrs, func(i, j int) bool { return arrs[i][0] < arrs[j][0] })
	fmt.Println(arrs)
	var nilSlice []string
	sort.Slice(nilSlice, func(i, j int) bool { return true })
	fmt.Println(nilSlice == nil, sort.SliceIsSorted(nilSlice, func(i, j int) bool { return true }))
	// a named slice type in an interface
	type names []string
	ns := names{"c", "a", "b"}
	sort.Slice(ns, func(i, j int) bool { return ns[i] < ns[j] })
	fmt.Println(ns)
}

// Output:
// 1 2 3
// [1 2.5 3 <nil> a x]
// 0s00 0 1s1111 11 2s2222 22 3s33 3 4s1414 14 
// " beginorsstty"
// [[1 2 3] [2 2 2] [3 2 1]]
// true true
// [a b c]
