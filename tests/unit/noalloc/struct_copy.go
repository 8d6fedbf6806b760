// Copying a struct value: assignment, passing to and returning from a
// function, storing into existing array and slice elements, fields and
// fields through a pointer.  The struct is large (23 words) and holds a
// string, a pointer and a slice, so the copy moves pointer words too.
package main

import "os"

type Big struct {
	a    [16]int
	name string
	p    *int
	xs   []int
	f    float64
}

type Holder struct {
	big Big
	n   int
}

func bump(b Big) Big {
	b.a[0]++
	return b
}

func (b Big) first() int { return b.a[0] }

func (h *Holder) set(b Big) { h.big = b }

func iterations() int {
	n := 0
	for _, c := range os.Args[1] {
		n = n*10 + int(c-'0')
	}
	return n
}

func main() {
	n := iterations()
	x := 7
	var b Big
	b.name = "big"
	b.p = &x
	b.xs = make([]int, 8, 16)
	var h Holder
	hp := &h
	var arr [4]Big
	sl := make([]Big, 4)
	sum := 0
	for i := 0; i < n; i++ {
		c := b
		c = bump(c)
		arr[i%4] = c
		sl[i%4] = arr[i%4]
		h.big = sl[i%4]
		hp.set(h.big)
		b, c = c, b
		sum += hp.big.first() - c.first()
	}
	if sum != n || b.a[0] != n || *b.p != 7 || b.name != "big" {
		os.Exit(3)
	}
}
