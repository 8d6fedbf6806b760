package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func fromSlice(xs []int) *Node {
	var head *Node
	for i := len(xs) - 1; i >= 0; i-- {
		head = &Node{xs[i], head}
	}
	return head
}

func (n *Node) String() string {
	s := "["
	for p := n; p != nil; p = p.Next {
		if p != n {
			s += " "
		}
		s += fmt.Sprint(p.Val)
	}
	return s + "]"
}

func reverse(n *Node) *Node {
	var prev *Node
	for n != nil {
		n, n.Next, prev = n.Next, prev, n
	}
	return prev
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

func removeIf(pp **Node, bad func(int) bool) {
	for *pp != nil {
		if bad((*pp).Val) {
			*pp = (*pp).Next
		} else {
			pp = &(*pp).Next
		}
	}
}

func main() {
	l := fromSlice([]int{1, 2, 3, 4, 5, 6})
	fmt.Println(l.String(), l.Len())
	l = reverse(l)
	fmt.Println(l.String())
	removeIf(&l, func(v int) bool { return v%2 == 0 })
	fmt.Println(l.String(), l.Len())
	var empty *Node
	fmt.Println(empty.Len(), empty.String(), reverse(empty) == nil)
}

// Output:
// [1 2 3 4 5 6] 6
// [6 5 4 3 2 1]
// [5 3 1] 3
// 0 [] true
