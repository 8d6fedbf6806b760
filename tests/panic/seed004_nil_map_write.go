// seeds/004 "Maps: reference-like, must be made, comma-ok, no order"
// (nil-map.go): writing to a nil map panics.
package main

import "fmt"

func main() {
	var m map[string]int // nil map
	_ = m["missing"]     // ok: returns 0 (zero value), no panic
	fmt.Println("read ok")
	m["x"] = 1 // PANIC: assignment to entry in nil map
	m = make(map[string]int)
	m["x"] = 1
	fmt.Println("unreachable")
}

// Error:
// read ok
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
// main.main()
// exit status 2
