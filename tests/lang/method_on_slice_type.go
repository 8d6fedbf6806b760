package main

import "fmt"

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l IntList) Scale(k int) {
	for i := range l {
		l[i] *= k
	}
}

func (l *IntList) Push(v int) {
	*l = append(*l, v)
}

func (l IntList) Len() int { return len(l) }

func main() {
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum(), l.Len())
	l.Scale(10)
	fmt.Println(l)
	fmt.Println(IntList{4, 5}.Sum())
	var nilList IntList
	fmt.Println(nilList.Sum(), nilList.Len())
	plain := []int{7, 8}
	fmt.Println(IntList(plain).Sum())
}

// Output:
// [1 2 3] 6 3
// [10 20 30]
// 9
// 0 0
// 15
