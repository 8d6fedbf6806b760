package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	zero := 0
	neg := -1
	big := 1 << 62
	x := 10
	try("divide", func() { _ = x / zero })
	try("modulo", func() { _ = x % zero })
	try("shift", func() { _ = x << neg })
	try("shift right", func() { _ = x >> neg })
	try("makeslice len", func() { _ = make([]int, neg) })
	try("makeslice cap", func() { _ = make([]int, 5, x-7) })
	try("makeslice huge", func() { _ = make([]int64, big) })
	try("nil map", func() {
		var m map[int]int
		m[1]++
	})
	try("float divide ok", func() {
		f := 0.0
		fmt.Println(1 / f)
	})
}

// Output:
// divide: runtime error: integer divide by zero
// modulo: runtime error: integer divide by zero
// shift: runtime error: negative shift amount
// shift right: runtime error: negative shift amount
// makeslice len: runtime error: makeslice: len out of range
// makeslice cap: runtime error: makeslice: cap out of range
// makeslice huge: runtime error: makeslice: len out of range
// nil map: assignment to entry in nil map
// +Inf
// float divide ok: <nil>
