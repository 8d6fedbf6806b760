package main

import "fmt"

type Getter interface{ Get() int }
type Setter interface{ Set(int) }
type GetSetter interface {
	Getter
	Setter
}

type Base struct{ v int }

func (b Base) Get() int   { return b.v }
func (b *Base) Set(v int) { b.v = v }

// depth 1 by value, depth 2 through a pointer
type Mid struct{ Base }
type Top struct {
	*Mid
	label string
}

// an embedded interface
type Logged struct {
	Getter
	log []string
}

// a method declared on the outer type wins over the promoted one
type Override struct{ Base }

func (o Override) Get() int { return o.v * 100 }

// a shallower method hides a deeper one
type Shallow struct {
	Override
	Mid
}

func describe(x interface{}) {
	_, g := x.(Getter)
	_, s := x.(Setter)
	_, gs := x.(GetSetter)
	fmt.Printf("%T getter=%v setter=%v both=%v\n", x, g, s, gs)
}

func main() {
	m := Mid{Base{1}}
	var g Getter = m
	fmt.Println(g.Get())
	var gs GetSetter = &m
	gs.Set(5)
	fmt.Println(gs.Get(), m.v, m.Get())

	t := Top{&Mid{Base{2}}, "t"}
	var g2 GetSetter = t // Set is promoted through the embedded pointer
	g2.Set(9)
	fmt.Println(g2.Get(), t.v, t.Mid.Base.v)

	l := Logged{Getter: Base{3}}
	g = l
	fmt.Println(g.Get(), l.Get())
	l.Getter = &m
	g = &l
	fmt.Println(g.Get())

	o := Override{Base{4}}
	g = o
	fmt.Println(g.Get(), o.Base.Get())
	sh := Shallow{Override{Base{6}}, Mid{Base{7}}}
	fmt.Println(sh.Get())

	describe(m)
	describe(&m)
	describe(t)
	describe(l)
	describe(&l)
	describe(o)
	describe(&o)
	describe(sh)
	describe(Base{})
	describe(struct{ Base }{})
	describe(&struct{ *Base }{&Base{}})

	// anonymous struct types with embedded fields reach interfaces too
	var anon Getter = struct {
		Base
		n int
	}{Base{11}, 0}
	fmt.Println(anon.Get())
	ap := &struct{ Mid }{Mid{Base{12}}}
	var aset GetSetter = ap
	aset.Set(13)
	fmt.Println(aset.Get(), ap.v)
}

// Output:
// 1
// 5 5 5
// 9 9 9
// 3 3
// 5
// 400 4
// 600
// main.Mid getter=true setter=false both=false
// *main.Mid getter=true setter=true both=true
// main.Top getter=true setter=true both=true
// main.Logged getter=true setter=false both=false
// *main.Logged getter=true setter=false both=false
// main.Override getter=true setter=false both=false
// *main.Override getter=true setter=true both=true
// main.Shallow getter=true setter=false both=false
// main.Base getter=true setter=false both=false
// struct { main.Base } getter=true setter=false both=false
// *struct { *main.Base } getter=true setter=true both=true
// 11
// 13 13
