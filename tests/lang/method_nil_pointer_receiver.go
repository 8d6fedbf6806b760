package main

import "fmt"

type List struct {
	Val  int
	Next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.Next.Len()
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.Val + l.Next.Sum()
}

type Tree struct {
	Left, Right *Tree
}

func (t *Tree) Depth() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Depth(), t.Right.Depth()
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var empty *List
	fmt.Println(empty.Len(), empty.Sum())
	l := &List{1, &List{2, &List{3, nil}}}
	fmt.Println(l.Len(), l.Sum())
	t := &Tree{Left: &Tree{Left: &Tree{}}, Right: &Tree{}}
	fmt.Println(t.Depth(), (*Tree)(nil).Depth())
}

// Output:
// 0 0
// 3 6
// 3 0
