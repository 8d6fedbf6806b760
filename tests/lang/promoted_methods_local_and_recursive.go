package main

import "fmt"

type Valuer interface{ Value() int }

type Leaf struct{ v int }

func (l Leaf) Value() int { return l.v }

// a type that embeds a pointer to itself
type Chain struct {
	*Chain
	n int
}

func (c *Chain) Len() int {
	if c == nil {
		return 0
	}
	return 1 + c.Chain.Len()
}

type Lener interface{ Len() int }

func main() {
	// local types with embedding satisfy interfaces too
	type Wrapped struct{ Leaf }
	type Twice struct{ *Wrapped }
	var v Valuer = Wrapped{Leaf{3}}
	fmt.Println(v.Value())
	v = Twice{&Wrapped{Leaf{4}}}
	fmt.Println(v.Value())
	v = &Twice{&Wrapped{Leaf{5}}}
	fmt.Println(v.Value())

	c := &Chain{&Chain{&Chain{nil, 3}, 2}, 1}
	var l Lener = c
	fmt.Println(l.Len(), c.Chain.Len())
	// Chain's promoted Len is hidden by its own: Chain (value) has no Len
	var x interface{} = *c
	_, ok := x.(Lener)
	fmt.Println(ok)

	// a pointer method promoted through a nil embedded pointer is called with nil
	type Holder struct{ *Chain }
	h := Holder{}
	fmt.Println(h.Len())
	hl := h.Len
	fmt.Println(hl())
	l = h
	fmt.Println(l.Len())
}

// Output:
// 3
// 4
// 5
// 3 2
// false
// 0
// 0
// 0
