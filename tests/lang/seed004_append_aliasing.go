// seeds/004 "append: growth, reallocation, and predictable aliasing"
// (append-aliasing.go): append writes in place while len < cap, and
// reallocates (detaching old aliases) when it overflows cap.
package main

import "fmt"

func main() {
	a := make([]int, 2, 4) // len 2, cap 4
	fmt.Println(len(a), cap(a))
	b := append(a, 7) // fits in cap: b shares a's array, b[2]==7
	fmt.Println(b[2], len(b), cap(b), &a[0] == &b[0])
	a = a[:3] // a now also sees the 7 — same backing array
	fmt.Println(a)
	c := append(b, 1, 2, 3) // overflows cap 4: c gets a NEW array
	fmt.Println(len(c), cap(c), &c[0] == &b[0])
	c[0] = 99 // a/b are UNAFFECTED — different backing array now
	fmt.Println(a, b, c)
	// writes through a are still seen by b (they share), never by c
	a[1] = 5
	fmt.Println(a, b, c)
}

// Output:
// 2 4
// 7 3 4 true
// [0 0 7]
// 6 8 false
// [0 0 7] [0 0 7] [99 0 7 1 2 3]
// [0 5 7] [0 5 7] [99 0 7 1 2 3]
