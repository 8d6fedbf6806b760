package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) PushFront(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		cur.Next, prev, cur = prev, cur, cur.Next
	}
	l.head = prev
}

func (l *List) String() string {
	s := "["
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			s += " -> "
		}
		s += fmt.Sprint(n.Val)
	}
	return s + "]"
}

func main() {
	var l List
	fmt.Println(&l, l.size)
	for i := 1; i <= 4; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(5)
	fmt.Println(&l, l.size)
	fmt.Println(l.Remove(30), l.Remove(99), l.Remove(5))
	fmt.Println(&l, l.size)
	l.Reverse()
	fmt.Println(&l)
	l.Remove(40)
	l.Remove(20)
	l.Remove(10)
	fmt.Println(&l, l.size, l.head == nil)
}

// Output:
// [] 0
// [5 -> 10 -> 20 -> 30 -> 40] 5
// true false true
// [10 -> 20 -> 40] 3
// [40 -> 20 -> 10]
// [] 0 true
