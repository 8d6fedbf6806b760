package main

import "fmt"

func push(s *[]int, v int) {
	*s = append(*s, v)
}

func reset(m *map[string]int) {
	*m = map[string]int{}
}

func main() {
	var s []int
	for i := 0; i < 4; i++ {
		push(&s, i*i)
	}
	fmt.Println(s, len(s))
	ps := &s
	(*ps)[0] = 100
	fmt.Println(s[0], len(*ps))
	m := map[string]int{"a": 1}
	pm := &m
	(*pm)["b"] = 2
	fmt.Println(m)
	reset(&m)
	fmt.Println(m, len(m))
}

// Output:
// [0 1 4 9] 4
// 100 4
// map[a:1 b:2]
// map[] 0
