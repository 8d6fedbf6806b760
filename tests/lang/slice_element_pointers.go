package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

func main() {
	items := []Item{{"apple", 1}, {"pear", 2}}
	for _, it := range items {
		it.Qty += 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].Qty += 10
	}
	fmt.Println(items)
	p := &items[0]
	p.Qty = 0
	fmt.Println(items[0])
	items = append(items, Item{"fig", 3})
	p.Qty = 500
	fmt.Println(items[0].Qty, p.Qty)

	ptrs := []*Item{{"a", 1}, {"b", 2}}
	for _, q := range ptrs {
		q.Qty *= 100
	}
	fmt.Println(*ptrs[0], *ptrs[1])
}

// Output:
// [{apple 1} {pear 2}]
// [{apple 11} {pear 12}]
// {apple 0}
// 0 500
// {a 100} {b 200}
