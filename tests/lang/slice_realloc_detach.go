package main

import "fmt"

func addItem(items []string, item string) []string {
	return append(items, item)
}

func main() {
	items := make([]string, 0, 2)
	items = addItem(items, "a")
	alias := items
	items = addItem(items, "b")
	fmt.Println(items, alias, cap(items))
	items = addItem(items, "c")
	items[0] = "A"
	fmt.Println(items, alias, len(items), cap(items))
	alias = alias[:2]
	fmt.Println(alias)

	var forgot []int
	grow := func(s []int) {
		s = append(s, 1)
		_ = s
	}
	grow(forgot)
	fmt.Println(forgot, len(forgot))
}

// Output:
// [a b] [a] 2
// [A b c] [a] 3 4
// [a b]
// [] 0
