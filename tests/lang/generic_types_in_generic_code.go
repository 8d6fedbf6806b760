package main

import (
	"fmt"
	
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func Reverse[T any](xs []T) []T {
	var s Stack[T]
	for _, x := range xs {
		s.Push(x)
	}
	var out []T
	for {
		x, ok := s.Pop()
		if !ok {
			break
		}
		out = append(out, x)
	}
	return out
}

type Container[T any] interface {
	Get() T
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func GetAll[T any](cs []Container[T]) []T {
	var r []T
	for _, c := range cs {
		r = append(r, c.Get())
	}
	return r
}

type Named struct {
	Stack[string]
	name string
}

func QuickSort[T int | string | float64](xs []T) []T {
	if len(xs) <= 1 {
		return xs
	}
	p := xs[0]
	var lo, hi []T
	for _, x := range xs[1:] {
		if x < p {
			lo = append(lo, x)
		} else {
			hi = append(hi, x)
		}
	}
	r := append(QuickSort(lo), p)
	return append(r, QuickSort(hi)...)
}

func Counter[T comparable](xs []T) func(T) int {
	m := map[T]int{}
	for _, x := range xs {
		m[x]++
	}
	return func(x T) int { return m[x] }
}

func Describe[T any](x T) string {
	defer func() {}()
	switch v := any(x).(type) {
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return "string " + v
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type Grid[T any] struct {
	cells [3]T
}

func Conv[T, U ~int | ~float64](x T) U { return U(x) }

func Smallest[T int | float64](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

type Celsius float64

func Len[T ~string | ~[]byte](x T) int { return len(x) }

var global = Reverse([]int{1, 2, 3})

func main() {
	fmt.Println(Reverse([]string{"a", "b", "c"}), global)
	cs := []Container[int]{Box[int]{1}, Box[int]{2}}
	fmt.Println(GetAll(cs))
	var n Named
	n.Push("x")
	n.Push("y")
	v, _ := n.Pop()
	fmt.Println(v, len(n.items))
	fmt.Println(QuickSort([]int{5, 2, 8, 1, 9, 3}), QuickSort([]string{"pear", "apple", "fig"}))
	cnt := Counter([]string{"a", "b", "a"})
	fmt.Println(cnt("a"), cnt("b"), cnt("z"))
	fmt.Println(Describe(3), Describe("hi"), Describe(2.5), Describe(Box[int]{}))
	var g Grid[string]
	g.cells[1] = "mid"
	fmt.Printf("%q %T\n", g.cells, g)
	fmt.Println(Conv[float64, int](3.9), Conv[int, Celsius](7))
	fmt.Println(Smallest(3, 1, 2), Smallest(2.5, 0.5))
	fmt.Println(Len("hello"), Len([]byte{1, 2}))
	push := (*Stack[int]).Push
	var si Stack[int]
	push(&si, 4)
	pop := si.Pop
	fmt.Println(pop())
	fmt.Println(Box[int]{3} == Box[int]{3}, Box[string]{"a"} == Box[string]{"b"})
}

// Output:
// [c b a] [3 2 1]
// [1 2]
// y 1
// [1 2 3 5 8 9] [apple fig pear]
// 2 1 0
// int 3 string hi other float64 other main.Box[int]
// ["" "mid" ""] main.Grid[string]
// 3 7
// 1 0.5
// 5 2
// 4 true
// true false
