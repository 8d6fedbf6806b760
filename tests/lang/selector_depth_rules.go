package main

import "fmt"

type Named struct{}

func (Named) Name() string { return "method Name" }

type Inner struct{ Name string }

// Name the method at depth 1, Name the field at depth 2: the method wins
type M1 struct {
	Named
	Deep struct{ Inner }
}

type L1 struct{ Inner }

// the field at depth 1 (through L1? no: Inner.Name is at depth 2); the method at depth 1
type Mix struct {
	L1
	Named
}

// a field at depth 1 hides methods at depth 2
type Wrap struct {
	Inner
	Box struct{ Named }
}

type Pick struct {
	Named
	Name2 string
}

func main() {
	m := M1{}
	fmt.Println(m.Name())
	x := Mix{L1{Inner{"field Name"}}, Named{}}
	fmt.Println(x.Name(), x.L1.Name)
	f := x.Name
	fmt.Println(f())
	w := Wrap{Inner{"inner field"}, struct{ Named }{}}
	fmt.Println(w.Name, w.Box.Name())
	var any interface{} = x
	_, ok := any.(interface{ Name() string })
	fmt.Println(ok)
	any = w
	_, ok = any.(interface{ Name() string })
	fmt.Println(ok)
	fmt.Println(Mix.Name(x), Pick{}.Name())
}

// Output:
// method Name
// method Name field Name
// method Name
// inner field method Name
// true
// false
// method Name method Name
