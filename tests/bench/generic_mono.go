// generic.go with its generic functions and type instantiated by hand
// for int: what gvm's monomorphisation makes of generic.go.
package main

import "fmt"

func Sum(xs []int) int {
	var s int
	for _, x := range xs {
		s += x
	}
	return s
}

func MaxOf(xs []int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func Fill(xs []int, seed int, step int) {
	v := seed
	for i := range xs {
		xs[i] = v
		v += step
		if v > 1000 {
			v -= 1000
		}
	}
}

type Stack struct {
	items []int
}

func (s *Stack) Push(x int) { s.items = append(s.items, x) }

func (s *Stack) Pop() int {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func (s *Stack) Len() int { return len(s.items) }

func main() {
	xs := make([]int, 1000)
	var s Stack
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
