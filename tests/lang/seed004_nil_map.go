// seeds/004 "Maps: reference-like, must be made, comma-ok, no order"
// (nil-map.go, without the panicking write, which
// tests/panic/seed004_nil_map_write.go covers): a nil map reads as empty;
// copying a map variable copies the pointer to one table.
package main

import "fmt"

func main() {
	var m map[string]int // nil map
	_ = m["missing"]     // ok: returns 0 (zero value), no panic
	fmt.Println(m["missing"], len(m), m == nil)
	for k := range m {
		fmt.Println("never", k)
	}
	delete(m, "x") // also fine on a nil map
	m = make(map[string]int) // now writable
	m["x"] = 1               // ok
	fmt.Println(m, len(m), m == nil)

	alias := m // both names see the same table
	alias["y"] = 2
	delete(alias, "x")
	fmt.Println(m, alias)
}

// Output:
// 0 0 true
// map[x:1] 1 false
// map[y:2] map[y:2]
