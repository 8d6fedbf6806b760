package main

import "fmt"

type Task struct {
	Name     string
	Priority int
}

type Heap struct {
	items []Task
}

func (h *Heap) less(i, j int) bool {
	a, b := h.items[i], h.items[j]
	if a.Priority != b.Priority {
		return a.Priority > b.Priority
	}
	return a.Name < b.Name
}

func (h *Heap) Push(t Task) {
	h.items = append(h.items, t)
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *Heap) Pop() (Task, bool) {
	if len(h.items) == 0 {
		return Task{}, false
	}
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.items) && h.less(l, m) {
			m = l
		}
		if r < len(h.items) && h.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
	return top, true
}

func main() {
	var h Heap
	for _, t := range []Task{{"write", 2}, {"test", 3}, {"lint", 1}, {"deploy", 5}, {"review", 3}, {"plan", 4}} {
		h.Push(t)
	}
	fmt.Println(len(h.items), h.items[0])
	for {
		t, ok := h.Pop()
		if !ok {
			break
		}
		fmt.Printf("%d %s\n", t.Priority, t.Name)
	}
	_, ok := h.Pop()
	fmt.Println(ok, h.items == nil, len(h.items))
}

// Output:
// 6 {deploy 5}
// 5 deploy
// 4 plan
// 3 review
// 3 test
// 2 write
// 1 lint
// false false 0
