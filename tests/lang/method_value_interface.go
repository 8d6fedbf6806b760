package main

import "fmt"

type Shape interface {
	Area() float64
	Scale(k float64) Shape
}

type Sq struct{ s float64 }

func (q Sq) Area() float64           { return q.s * q.s }
func (q Sq) Scale(k float64) Shape    { return Sq{q.s * k} }

type Circ struct{ r float64 }

func (c *Circ) Area() float64        { return 3 * c.r * c.r }
func (c *Circ) Scale(k float64) Shape { c.r *= k; return c }

type Namer interface{ Name() string }

type named string

func (n named) Name() string { return string(n) }

func main() {
	var s Shape = Sq{2}
	area := s.Area // the dynamic value is bound now
	s = &Circ{1}
	fmt.Println(area(), s.Area())

	c := &Circ{1}
	s = c
	grow := s.Scale // the pointer is bound: changes show
	grow(2)
	fmt.Println(c.r, s.Area())

	shapes := []Shape{Sq{1}, Sq{3}, &Circ{2}}
	var areas []func() float64
	for _, sh := range shapes {
		areas = append(areas, sh.Area)
	}
	total := 0.0
	for _, a := range areas {
		total += a()
	}
	fmt.Println(total)

	// an interface method value through an interface-typed field
	type holder struct{ n Namer }
	h := holder{named("field")}
	nm := h.n.Name
	h.n = named("changed")
	fmt.Println(nm(), h.n.Name())

	// method expressions of an interface type
	areaOf := Shape.Area
	fmt.Println(areaOf(Sq{5}), areaOf(&Circ{1}))
	nameOf := Namer.Name
	fmt.Println(nameOf(named("expr")))
	fmt.Printf("%T %T\n", areaOf, Shape.Scale)
	fmt.Println(Shape.Scale(Sq{1}, 4).Area())
}

// Output:
// 4 3
// 2 12
// 22
// field changed
// 25 3
// expr
// func(main.Shape) float64 func(main.Shape, float64) main.Shape
// 16
