package main

import "fmt"

// report is the deferred function itself, so its recover stops the panic.
func report(name string) {
	r := recover()
	err, isErr := r.(error)
	if isErr {
		fmt.Println(name+":", err.Error())
	} else {
		fmt.Println(name+":", r)
	}
}

func try(name string, f func()) {
	defer report(name)
	f()
}

type T struct{ X int }

func main() {
	var m map[string]int
	var p *T
	var arr [3]int
	s := []int{1, 2, 3}
	n, zero, neg := 5, 0, -1
	try("nil map", func() { m["a"] = 1 })
	try("nil deref", func() { p.X = 1 })
	try("index", func() { arr[n%8] = 1 })
	try("divide", func() { _ = n / zero })
	try("modulo", func() { _ = n % zero })
	try("shift", func() { _ = 1 << neg })
	try("makeslice len", func() { _ = make([]int, neg) })
	try("makeslice cap", func() { _ = make([]int, n, n-3) })
	try("slice cap", func() { _ = s[:n] })
	lo, hi := 2, 1
	try("slice inverted", func() { _ = s[lo:hi] })
	try("slice3", func() { _ = s[1:n:2] })
	try("string index", func() { _ = "abc"[n] })
	var x interface{} = "str"
	try("assert", func() { _ = x.(int) })
	var none interface{}
	try("assert nil", func() { _ = none.(string) })
	try("custom", func() { panic(fmt.Sprintf("custom %d", n)) })
}

// Output:
// nil map: assignment to entry in nil map
// nil deref: runtime error: invalid memory address or nil pointer dereference
// index: runtime error: index out of range [5] with length 3
// divide: runtime error: integer divide by zero
// modulo: runtime error: integer divide by zero
// shift: runtime error: negative shift amount
// makeslice len: runtime error: makeslice: len out of range
// makeslice cap: runtime error: makeslice: cap out of range
// slice cap: runtime error: slice bounds out of range [:5] with capacity 3
// slice inverted: runtime error: slice bounds out of range [2:1]
// slice3: runtime error: slice bounds out of range [:5:2]
// string index: runtime error: index out of range [5] with length 3
// assert: interface conversion: interface {} is string, not int
// assert nil: interface conversion: interface {} is nil, not string
// custom: custom 5
