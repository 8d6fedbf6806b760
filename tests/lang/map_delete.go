package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	delete(m, "b")
	fmt.Println(m, len(m))
	delete(m, "missing")
	fmt.Println(len(m))
	var nilMap map[string]int
	delete(nilMap, "x")
	fmt.Println(len(nilMap))
	m["b"] = 20
	fmt.Println(m)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(m, len(m))
	m["z"] = 26
	fmt.Println(m)
}

// Output:
// map[a:1 c:3] 2
// 2
// 0
// map[a:1 b:20 c:3]
// map[] 0
// map[z:26]
