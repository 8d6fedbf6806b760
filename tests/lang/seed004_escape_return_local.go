// seeds/004 "Escape analysis", the listed cases as programs: returning &x of
// a local is safe (x outlives f), an interface holds its own copy of the
// value, a closure captures a variable by reference, and make([]T, n) with
// a run-time n works. Where each value lives is not observable here.
package main

import "fmt"

type T struct{ A, B int }

func f() *T {
	var x T
	x.A = 1
	return &x
}

func counter() func() int {
	n := 0 // captured by reference: it outlives counter
	return func() int {
		n++
		return n
	}
}

func main() {
	p := f()
	q := f()
	p.B = 2
	fmt.Println(*p, *q, p != q) // each call's x is its own variable

	t := T{1, 2}
	var i any = t // the interface holds a copy
	t.A = 100
	fmt.Println(i, t, i.(T).A)

	next := counter()
	next()
	next()
	fmt.Println(next())

	n := 3
	s := make([]int, n)
	for i := range s {
		s[i] = i * i
	}
	fmt.Println(s, len(s), cap(s))
}

// Output:
// {1 2} {1 0} true
// {1 2} {100 2} 1
// 3
// [0 1 4] 3 3
