package main

import (
	"errors"
	"fmt"
)

type Number interface {
	~int | ~int64 | ~float64
}

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

func SumAll[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MakePairs[K comparable, V any](m map[K]V, keys []K) []Pair[K, V] {
	var out []Pair[K, V]
	for _, k := range keys {
		out = append(out, Pair[K, V]{k, m[k]})
	}
	return out
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(x T)          { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool     { _, ok := s[x]; return ok }
func NewSet[T comparable]() Set[T] { return make(Set[T]) }

func Filter[T any](xs []T, keep func(T) bool) []T {
	var r []T
	for _, x := range xs {
		if keep(x) {
			r = append(r, x)
		}
	}
	return r
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Stringer interface{ String() string }

func Join[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

func Ptr[T any](x T) *T { return &x }

func Must[T any](x T, err error) T {
	if err != nil {
		panic(err)
	}
	return x
}

func div(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("div by zero")
	}
	return a / b, nil
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(SumAll([]int{1, 2, 3}), SumAll([]float64{1.5, 2.5}), SumAll([]MyInt{4, 5}))
	ps := MakePairs(map[string]int{"a": 1, "b": 2}, []string{"b", "a"})
	fmt.Println(ps, len(ps))
	fmt.Printf("%T %v %s\n", ps[0], ps[0], ps[1])
	s := NewSet[int]()
	s.Add(3)
	fmt.Println(s.Has(3), s.Has(4), len(s))
	fmt.Printf("%T\n", s)
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens)
	fmt.Println(Reduce(evens, "", func(a string, x int) string { return a + fmt.Sprint(x) }))
	fmt.Println(Join([]MyInt{1, 2, 3}, ", "))
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("x"))
	fmt.Println(Must(div(7, 2)))
	fmt.Println(Max(3, 7), Max("abc", "abd"), Max(2.5, 1.0))
	var x interface{} = Pair[string, []int]{"k", []int{1}}
	switch v := x.(type) {
	case Pair[string, int]:
		fmt.Println("int pair", v)
	case Pair[string, []int]:
		fmt.Println("slice pair", v.Val)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	Must(div(1, 0))
}

// Output:
// 6 4 MyInt(9)
// [b=2 a=1] 2
// main.Pair[string,int] b=2 a=1
// true false 1
// main.Set[int]
// [2 4 6]
// 246
// MyInt(1), MyInt(2), MyInt(3)
// 43 x
// 3
// 7 abd 2.5
// slice pair [1]
// recovered: div by zero
