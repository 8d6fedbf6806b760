package main

import "fmt"

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s Stack) Len() int { return len(s.items) }

func (s Stack) PushCopy(v int) Stack {
	s.Push(v)
	return s
}

type Pair struct {
	L, R Stack
}

func main() {
	var s Stack
	s.Push(1) // auto &s
	s.Push(2)
	fmt.Println(s.Len(), s.items)
	arr := [2]Stack{}
	arr[1].Push(5)
	sl := []Stack{{}, {}}
	sl[0].Push(6)
	sl[0].Push(7)
	var p Pair
	p.R.Push(8)
	pp := &p
	pp.L.Push(9)
	fmt.Println(arr[1].Len(), sl[0].Len(), p.L.Len(), p.R.Len(), pp.R.items)
	t := s.PushCopy(3)
	fmt.Println(s.Len(), t.Len())
	fmt.Println(s.Pop(), s.Pop(), s.Len())
	ps := &sl[0]
	fmt.Println(ps.Len(), (*ps).Len(), ps.Pop(), sl[0].Len())
}

// Output:
// 2 [1 2]
// 1 2 1 1 [8]
// 2 3
// 2 1 0
// 2 2 7 1
