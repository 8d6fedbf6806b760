package main

import "fmt"

type Tree struct {
	Key         int
	Left, Right *Tree
}

func (t *Tree) Insert(k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	}
	return t
}

func (t *Tree) Contains(k int) bool {
	for t != nil {
		if k == t.Key {
			return true
		}
		if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return false
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Key)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Min() (int, bool) {
	if t == nil {
		return 0, false
	}
	for t.Left != nil {
		t = t.Left
	}
	return t.Key, true
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30} {
		root = root.Insert(k)
	}
	var keys []int
	root.InOrder(func(k int) { keys = append(keys, k) })
	fmt.Println(keys, len(keys))
	fmt.Println(root.Height(), root.Contains(45), root.Contains(55))
	fmt.Println(root.Min())
	var empty *Tree
	fmt.Println(empty.Min())
	sum := 0
	root.InOrder(func(k int) {
		if k%20 == 0 {
			sum += k
		}
	})
	fmt.Println(sum)
}

// Output:
// [20 30 35 40 45 50 60 65 70 80] 10
// 4 true false
// 20 true
// 0 false
// 200
