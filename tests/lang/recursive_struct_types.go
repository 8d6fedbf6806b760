package main

import "fmt"

// Types that refer to themselves: their runtime descriptors must be built
// without recursing forever (a crash of the compiler before this test).
type node struct {
	kids []*node
	val  int
}

type list struct {
	next *list
	val  string
}

type table struct {
	rows map[string]*table
	n    int
}

func sum(n *node) int {
	s := n.val
	for _, k := range n.kids {
		s += sum(k)
	}
	return s
}

func main() {
	root := &node{val: 1}
	for i := 2; i <= 4; i++ {
		child := &node{val: i}
		child.kids = append(child.kids, &node{val: i * 10})
		root.kids = append(root.kids, child)
	}
	fmt.Println(sum(root), len(root.kids))

	var l *list
	for _, s := range []string{"c", "b", "a"} {
		l = &list{next: l, val: s}
	}
	for p := l; p != nil; p = p.next {
		fmt.Print(p.val, " ")
	}
	fmt.Println()
	fmt.Printf("%T %T\n", root, l)

	t := &table{rows: map[string]*table{}}
	t.rows["x"] = &table{n: 7}
	fmt.Println(t.rows["x"].n, len(t.rows))
}

// Output:
// 100 3
// a b c 
// *main.node *main.list
// 7 1
