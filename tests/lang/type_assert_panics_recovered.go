package main

import "fmt"

type I interface{ M() }
type T struct{}
type U struct{}

func (T) M() {}

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(interface{ RuntimeError() })
		fmt.Printf("%s: %v (runtime error: %v)\n", name, r, isRuntime)
	}()
	f()
}

func main() {
	var e interface{} = "str"
	var i I = T{}
	var nilI I
	var nilE interface{}
	try("concrete", func() { _ = e.(int) })
	try("named", func() { _ = i.(*T) })
	try("missing method", func() { _ = e.(I) })
	try("missing method 2", func() { _ = interface{}(U{}).(I) })
	try("nil to concrete", func() { _ = nilE.(int) })
	try("nil to iface", func() { _ = nilI.(I) })
	try("nil named to concrete", func() { _ = nilI.(T) })
	try("ok", func() { _ = i.(T) })
}

// Output:
// concrete: interface conversion: interface {} is string, not int (runtime error: true)
// named: interface conversion: main.I is main.T, not *main.T (runtime error: true)
// missing method: interface conversion: string is not main.I: missing method M (runtime error: true)
// missing method 2: interface conversion: main.U is not main.I: missing method M (runtime error: true)
// nil to concrete: interface conversion: interface {} is nil, not int (runtime error: true)
// nil to iface: interface conversion: interface is nil, not main.I (runtime error: true)
// nil named to concrete: interface conversion: main.I is nil, not main.T (runtime error: true)
// ok: <nil> (runtime error: false)
