package main

import "fmt"

func lookup(m map[string]int, k string) int {
	return m[k]
}

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"], lookup(m, "y"))
	v, ok := m["z"]
	fmt.Println(v, ok)
	fmt.Println(m)
	fmt.Printf("%#v\n", m)
	n := 0
	for range m {
		n++
	}
	fmt.Println(n)
	var ms map[int][]string
	fmt.Println(ms[3] == nil, len(ms[3]))
}

// Output:
// true 0 0 0
// 0 false
// map[]
// map[string]int(nil)
// 0
// true 0
