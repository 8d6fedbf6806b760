// clear (Go 1.21), which Go 1.19 cannot run.  The expectation follows the
// spec: "For an argument of map type, clear deletes all entries, resulting
// in an empty map.  If the map or slice is nil, clear is a no-op." and "For
// an argument of slice type, clear sets all elements up to the length of
// the slice to the zero value of the respective element type."  It was
// made by Go 1.19 running this program with clear as a generic function
// zeroing s[i] for each i, and a map's clear as a delete of each key.

package main

import "fmt"

type P struct {
	a int
	s string
	p *int
}

func main() {
	s := []int{1, 2, 3, 4}
	t := s[1:3]
	clear(t)
	fmt.Println(s, len(t), cap(t))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	m["c"] = 3
	fmt.Println(m)
	var nm map[int]bool
	clear(nm)
	var ns []string
	clear(ns)
	fmt.Println(ns == nil, nm == nil)
	strs := []string{"x", "y"}
	clear(strs)
	fmt.Printf("%q\n", strs)
	n := 5
	ps := []P{{1, "a", &n}, {3, "b", &n}}
	clear(ps[:1])
	fmt.Println(ps[0].a, ps[0].s == "", ps[0].p == nil, ps[1].a, ps[1].s, *ps[1].p)
	arr := [4]byte{1, 2, 3, 4}
	clear(arr[2:])
	fmt.Println(arr)
	big := make([][3]float64, 3)
	big[2][1] = 7
	clear(big[:0])
	fmt.Println(big)
	clear(big)
	fmt.Println(big)
	type MS []int
	ms := MS{9, 9}
	clear(ms)
	fmt.Println(ms)
	var ifs = []interface{}{1, "x"}
	clear(ifs)
	fmt.Println(ifs)
}

// Output:
// [1 0 0 4] 2 3
// 0 map[]
// map[c:3]
// true true
// ["" ""]
// 0 true true 3 b 5
// [1 2 0 0]
// [[0 0 0] [0 0 0] [0 7 0]]
// [[0 0 0] [0 0 0] [0 0 0]]
// [0 0]
// [<nil> <nil>]
