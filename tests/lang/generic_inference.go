package main

import "fmt"

type Setter[T any] interface {
	Set(string)
	*T
}

type Config struct{ v string }

func (c *Config) Set(s string) { c.v = s }

func FromStrings[T any, PT Setter[T]](xs []string) []T {
	out := make([]T, len(xs))
	for i, s := range xs {
		p := PT(&out[i])
		p.Set(s)
	}
	return out
}

type Lesser[T any] interface {
	Less(T) bool
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

func MinOf[T Lesser[T]](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

type Mapper[T, U any] func(T) U

func Apply[T, U any](xs []T, f Mapper[T, U]) []U {
	r := make([]U, 0, len(xs))
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func First[S ~[]E, E any](s S) E { return s[0] }

type Names []string

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func Swap[T any](a, b *T) { *a, *b = *b, *a }

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	cs := FromStrings[Config]([]string{"a", "b"})
	fmt.Println(cs, len(cs))
	fmt.Println(MinOf([]Age{30, 20, 40}))
	fmt.Println(Apply([]int{1, 2}, func(x int) string { return fmt.Sprint(x) + "!" }))
	fmt.Println(First(Names{"x", "y"}), First([]int{9}))
	fmt.Println(Keys(map[string]bool{"a": true}))
	a, b := 1, 2
	Swap(&a, &b)
	fmt.Println(a, b)
	var t *Tree[string]
	for _, s := range []string{"m", "c", "x", "a"} {
		t = t.Insert(s)
	}
	t.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	fmt.Printf("%T\n", t)
}

// Output:
// [{a} {b}] 2
// 20
// [1! 2!]
// x 9
// 1
// 2 1
// a c m x 
// *main.Tree[string]
