package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		_, isRT := r.(interface{ RuntimeError() })
		fmt.Printf("%s: %T %v %v %v\n", name, r, isErr, isRT, r)
	}()
	f()
}

func main() {
	var x interface{} = "s"
	var m map[string]int
	var p *int
	s := []int{1}
	zero := 0
	try("assert", func() { _ = x.(int) })
	try("index", func() { _ = s[zero+5] })
	try("slice", func() { _ = s[zero+2:] })
	try("nil map", func() { m["a"] = 1 })
	try("divide", func() { _ = 1 / zero })
	try("nil deref", func() { _ = *p })
	try("custom", func() { panic(fmt.Errorf("mine")) })
	try("string", func() { panic("plain") })
}
// Output:
// assert: *runtime.TypeAssertionError true true interface conversion: interface {} is string, not int
// index: runtime.boundsError true true runtime error: index out of range [5] with length 1
// slice: runtime.boundsError true true runtime error: slice bounds out of range [2:1]
// nil map: runtime.plainError true true assignment to entry in nil map
// divide: runtime.errorString true true runtime error: integer divide by zero
// nil deref: runtime.errorString true true runtime error: invalid memory address or nil pointer dereference
// custom: *errors.errorString true false mine
// string: string false false plain
