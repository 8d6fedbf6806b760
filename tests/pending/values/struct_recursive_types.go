package main

import "fmt"

type Node struct {
	Val      int
	Next     *Node
	Children []Node
	Index    map[string]*Node
}

func (n *Node) Len() int {
	c := 0
	for ; n != nil; n = n.Next {
		c++
	}
	return c
}

func main() {
	list := &Node{Val: 1, Next: &Node{Val: 2, Next: &Node{Val: 3}}}
	fmt.Println(list.Len(), list.Next.Next.Val, list.Next.Next.Next == nil)
	tree := Node{Val: 0, Children: []Node{{Val: 1}, {Val: 2, Children: []Node{{Val: 3}}}}}
	total := 0
	var walk func(n Node)
	walk = func(n Node) {
		total += n.Val
		for _, c := range n.Children {
			walk(c)
		}
	}
	walk(tree)
	fmt.Println(total, len(tree.Children[1].Children))
	idx := &Node{Index: map[string]*Node{}}
	idx.Index["self"] = idx
	fmt.Println(idx.Index["self"].Index["self"] == idx)
}

// Output:
// 3 3 true
// 6 1
// true
