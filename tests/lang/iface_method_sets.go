package main

import "fmt"

type Mover interface{ Move(dx int) }
type Locator interface{ Loc() int }

type Pawn struct{ pos int }

func (p *Pawn) Move(dx int) { p.pos += dx }
func (p Pawn) Loc() int     { return p.pos }

func main() {
	p := &Pawn{}
	var m Mover = p
	var l Locator = p
	m.Move(3)
	fmt.Println(l.Loc(), p.pos)
	var lv Locator = *p
	m.Move(1)
	fmt.Println(lv.Loc(), l.Loc())
	var x interface{} = Pawn{}
	_, ok1 := x.(Mover)
	_, ok2 := x.(Locator)
	var y interface{} = &Pawn{}
	_, ok3 := y.(Mover)
	_, ok4 := y.(Locator)
	fmt.Println(ok1, ok2, ok3, ok4)
}

// Output:
// 3 3
// 3 4
// false true true true
