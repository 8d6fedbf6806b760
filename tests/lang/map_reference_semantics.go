package main

import "fmt"

func addTo(m map[string]int, k string) {
	m[k]++
}

func replace(m map[string]int) {
	m = map[string]int{"new": 1}
	_ = m
}

func main() {
	m := map[string]int{}
	addTo(m, "a")
	addTo(m, "a")
	addTo(m, "b")
	fmt.Println(m)
	alias := m
	alias["c"] = 3
	fmt.Println(len(m), m["c"])
	replace(m)
	fmt.Println(m)
	type Registry struct {
		Items map[string]bool
	}
	r1 := Registry{Items: map[string]bool{}}
	r2 := r1
	r2.Items["shared"] = true
	fmt.Println(r1.Items)
}

// Output:
// map[a:2 b:1]
// 3 3
// map[a:2 b:1 c:3]
// map[shared:true]
