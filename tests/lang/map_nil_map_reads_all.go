package main

import "fmt"

type Registry struct {
	byName map[string]int
}

func (r *Registry) lookup(name string) (int, bool) {
	v, ok := r.byName[name]
	return v, ok
}

func main() {
	var m map[string][]int
	fmt.Println(m == nil, len(m), m["x"] == nil)
	v, ok := m["x"]
	fmt.Println(v, ok, len(v))
	delete(m, "x")
	for k := range m {
		fmt.Println("never", k)
	}
	fmt.Printf("%v %d %#v\n", m, len(m), m)
	var r Registry
	fmt.Println(r.lookup("a"))
	r.byName = map[string]int{"a": 1}
	fmt.Println(r.lookup("a"))
	var mm map[string]map[string]int
	fmt.Println(mm["a"]["b"], len(mm["a"]))
	empty := map[string]int{}
	fmt.Println(empty == nil, len(empty), empty)
}

// Output:
// true 0 true
// [] false 0
// map[] 0 map[string][]int(nil)
// 0 false
// 1 true
// 0 0
// false 0 map[]
