// Generic functions and a generic type over ints: the twin of
// generic_mono.go, which is the same program with the instances written
// by hand.  gvm compiles each instance as its own function
// (monomorphisation), so the two must run at the same speed (run.sh
// prints their ratio).
package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MaxOf[T Number](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func Fill[T Number](xs []T, seed T, step T) {
	v := seed
	for i := range xs {
		xs[i] = v
		v += step
		if v > 1000 {
			v -= 1000
		}
	}
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() T {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func (s *Stack[T]) Len() int { return len(s.items) }

func main() {
	xs := make([]int, 1000)
	var s Stack[int]
	total := 0
	for round := 0; round < 8000; round++ {
		Fill(xs, round%97, 7)
		total += Sum(xs) + MaxOf(xs)
		for _, x := range xs[:200] {
			s.Push(x)
		}
		for s.Len() > 0 {
			total += s.Pop()
		}
	}
	fmt.Println(total)
}
