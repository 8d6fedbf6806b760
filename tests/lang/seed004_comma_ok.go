// seeds/004 "Maps: reference-like, must be made, comma-ok, no order"
// (comma-ok.go): a missing key reads as the zero value; only the two-result
// form tells "absent" from "present but zero".
package main

import "fmt"

func main() {
	m := map[string]int{"zero": 0, "one": 1}
	v, ok := m["k"] // ok is false if absent
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	fmt.Println(m["k"] == m["zero"])
	if v, ok := m["one"]; ok {
		fmt.Println("found", v)
	}
	var nilMap map[string]int
	_, ok = nilMap["k"]
	fmt.Println(ok)
	ptrs := map[int]*int{}
	x := 0
	ptrs[1] = &x
	p, ok := ptrs[1]
	q, ok2 := ptrs[2]
	fmt.Println(p == &x, ok, q == nil, ok2)
}

// Output:
// 0 false
// 0 true
// true
// found 1
// false
// true true true false
