// seeds/004 "make vs new" (make-vs-new.go): make builds usable slices and
// maps; new(T) returns a pointer to a zeroed T — for a slice type, a
// pointer to a nil slice.
package main

import "fmt"

func main() {
	s := make([]int, 0, 8)    // a usable, empty slice with cap 8
	m := make(map[string]int) // a usable, writable map
	p := new(int)             // p is *int, *p == 0
	fmt.Println(len(s), cap(s), s == nil, len(m), m == nil, *p)
	s = append(s, 1)
	m["a"] = 1
	*p = 5
	fmt.Println(s, m, *p)

	bad := new([]byte)     // bad is *[]byte pointing at a NIL slice — almost never useful
	fmt.Println(*bad == nil, len(*bad), cap(*bad))
	*bad = append(*bad, 1) // works, but you wanted `b := make([]byte, 0, n)` instead
	fmt.Println(*bad, len(*bad))
	b := make([]byte, 0, 4)
	b = append(b, 1)
	fmt.Println(b, cap(b))

	pm := new(map[string]int) // a pointer to a nil map: readable, not writable
	fmt.Println(*pm == nil, (*pm)["x"])
	type T struct {
		A int
		B []int
	}
	pt := new(T)
	fmt.Println(*pt, pt.B == nil)
}

// Output:
// 0 8 false 0 false 0
// [1] map[a:1] 5
// true 0 0
// [1] 1
// [1] 4
// true 0
// {0 []} true
