package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	var r []U
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func Sum[T int | float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Pop() T {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}
func (s Stack[T]) Len() int { return len(s.items) }

type List[T any] struct {
	val  T
	next *List[T]
}

func main() {
	fmt.Println(Map([]int{1, 2, 3}, func(x int) string { return fmt.Sprint(x * 2) }))
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5))
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len(), s.Pop(), s.Len())
	fmt.Printf("%T %v\n", s, s)
	l := &List[int]{1, &List[int]{2, nil}}
	for p := l; p != nil; p = p.next {
		fmt.Println(p.val)
	}
	fmt.Printf("%T\n", l)
	f := Map[int, int]
	fmt.Println(f([]int{4}, func(x int) int { return -x }))
}

// Output:
// [2 4 6]
// 6 4
// 2 b 1
// main.Stack[string] {[a]}
// 1
// 2
// *main.List[int]
// [-4]
