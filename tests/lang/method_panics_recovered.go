package main

import "fmt"

type T struct{ v int }

func (t T) Value() int    { return t.v }
func (t *T) Ptr() string  { if t == nil { return "nil ok" }; return "set" }

type Valuer interface{ Value() int }

type Wrap struct{ *T }

type Box struct{ Valuer }

func report(name string) {
	fmt.Println(name+":", recover())
}

func try(name string, f func()) {
	defer report(name)
	f()
}

func main() {
	var p *T
	try("method expression (*T).Value", func() { (*T).Value(p) })
	try("method value p.Value", func() { _ = p.Value })
	try("method value p.Ptr", func() { f := p.Ptr; fmt.Println(f()) })
	try("interface holding nil *T", func() { var v Valuer = p; v.Value() })
	try("nil interface method value", func() { var v Valuer; _ = v.Value })
	try("nil interface method expression", func() { Valuer.Value(nil) })
	try("promoted through nil pointer", func() { var v Valuer = Wrap{}; v.Value() })
	try("promoted method value", func() { w := Wrap{}; _ = w.Value })
	try("promoted pointer method", func() { w := Wrap{}; fmt.Println(w.Ptr()) })
	try("embedded nil interface", func() { var v Valuer = Box{}; v.Value() })
	try("(*Wrap).Value", func() { (*Wrap).Value(nil) })
	try("fine", func() { fmt.Println(Wrap{&T{4}}.Value(), Box{T{5}}.Value()) })
}

// Output:
// method expression (*T).Value: value method main.T.Value called using nil *T pointer
// method value p.Value: runtime error: invalid memory address or nil pointer dereference
// nil ok
// method value p.Ptr: <nil>
// interface holding nil *T: runtime error: invalid memory address or nil pointer dereference
// nil interface method value: runtime error: invalid memory address or nil pointer dereference
// nil interface method expression: runtime error: invalid memory address or nil pointer dereference
// promoted through nil pointer: runtime error: invalid memory address or nil pointer dereference
// promoted method value: runtime error: invalid memory address or nil pointer dereference
// nil ok
// promoted pointer method: <nil>
// embedded nil interface: runtime error: invalid memory address or nil pointer dereference
// (*Wrap).Value: runtime error: invalid memory address or nil pointer dereference
// 4 5
// fine: <nil>
