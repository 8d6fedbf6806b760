package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func main() {
	m := map[string]T{}
	m["a"].Inc()
	f := m["a"].Inc
	_ = f
}

type Inner struct{ v int }

func (i *Inner) Bump() { i.v++ }

type Outer struct{ Inner }

func promoted() {
	m := map[int]Outer{}
	m[1].Bump()
	g := m[1].Bump
	_ = g
	p := map[int]*Outer{1: {}}
	p[1].Bump()
}

// Error:
// map_elem_ptr_method.go:9:9: cannot call pointer method Inc on T
// map_elem_ptr_method.go:10:14: cannot call pointer method Inc on T
// map_elem_ptr_method.go:22:7: cannot call pointer method Bump on Outer
// map_elem_ptr_method.go:23:12: cannot call pointer method Bump on Outer
// exit status 1
