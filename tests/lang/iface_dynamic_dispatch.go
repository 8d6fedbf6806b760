package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Tri struct{ A, B, C float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }
func (t Tri) Area() float64          { return 0 }
func (t Tri) Perimeter() float64     { return t.A + t.B + t.C }

func total(shapes []Shape) (a, p float64) {
	for _, s := range shapes {
		a += s.Area()
		p += s.Perimeter()
	}
	return
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Tri{3, 4, 5}}
	for _, s := range shapes {
		fmt.Printf("%T %.1f %.1f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Println(total(shapes))
	var s Shape
	fmt.Println(s == nil)
	s = Rect{1, 1}
	fmt.Println(s != nil, s.Area())
}

// Output:
// main.Rect 6.0 10.0
// *main.Circle 3.0 6.0
// main.Tri 0.0 12.0
// 9 28
// true
// true 1
