// A load right after a store to the same word reuses the stored value
// (n++; return n through a captured variable or a pointer), but never
// where a jump may land between them: a label, a loop head.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func viaLabel(p *int, n int) int {
	*p = 1
loop:
	x := *p
	if x < n {
		*p = x*2 + 1
		goto loop
	}
	return x
}

type T struct{ a, b int }

func fields(t *T) int {
	t.a = 5
	t.b = t.a + 1
	return t.a*10 + t.b
}

func main() {
	next := counter()
	next()
	fmt.Println(next(), next())
	v := 0
	fmt.Println(viaLabel(&v, 100), v)
	s := []int{0, 0}
	q := &s[1]
	for i := 0; i < 3; i++ {
		*q = i
		s[0] += *q
	}
	fmt.Println(s)
	fmt.Println(fields(&T{}))
	f := 1.5
	pf := &f
	*pf = *pf * 2
	fmt.Println(*pf, f)
}

// Output:
// 2 3
// 127 127
// [3 2]
// 56
// 3 3
