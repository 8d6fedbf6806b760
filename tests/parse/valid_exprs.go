// Every expression form; parse_dump must accept this file.
package main

import "fmt"

type S struct{ a, b int }

func (s S) M(x int) int { return s.a + x }

func g(xs ...int) int { return len(xs) }

func main() {
	var p *S = &S{1, 2}
	s := []byte("abc")
	bs := s[1:2:3]
	bs = s[:]
	bs = s[1:]
	bs = s[:2]
	_ = bs
	q := (*S)(p)
	fm := S.M
	pm := (*S).M
	_ = interface{ M(int) int }.M
	_, _, _ = q, fm, pm
	n := -1 + +2*3/4%5<<1>>1&7|8^9&^10
	ok := !(n == 1) && n != 2 || n < 3 && n <= 4 || n > 5 && n >= 6
	_ = ok
	_ = ^n
	var i interface{} = p
	if s2, ok := i.(*S); ok {
		_ = s2
	}
	m := map[string][]int{"a": {1, 2}, "b": nil}
	_ = m["a"][0]
	arr := [...][2]int{{1, 2}, {3, 4}}
	_ = arr
	pts := []*S{{1, 2}, &S{3, 4}}
	_ = pts
	mm := map[S]string{{1, 2}: "x"}
	_ = mm
	c := make(<-chan int)
	c2 := (<-chan int)(nil)
	c3 := make(chan<- chan int)
	_, _, _ = c, c2, c3
	f := func(a, b int) (r int) { return a + b }
	_ = f(1, 2)
	_ = g([]int{1, 2}...)
	_ = g()
	_ = struct{ x int }{1}
	_ = 1.5i
	_ = 'x'
	_ = "a" + `b`
	var fn func() (int, error)
	_ = fn
	_ = (func())(nil)
	_ = [][]int{[]int{1}, {2}}
	x := 1
	y := *&x
	_ = y
	fmt.Println(len("x"), cap(s), new(int), p.a)
}
