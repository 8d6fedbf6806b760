package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type named struct{ name string }

func (n named) Name() string { return n.name }

type Rect struct {
	named
	W, H float64
}

func (r Rect) Area() float64 { return r.W * r.H }

type Square struct {
	Rect
}

func (s *Square) Scale(k float64) {
	s.W *= k
	s.H *= k
}

func main() {
	shapes := []Shape{
		Rect{named{"rect"}, 2, 3},
		Square{Rect{named{"square"}, 2, 2}},
		&Square{Rect{named{"psquare"}, 1, 1}},
	}
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
	}
	sq := &Square{Rect{named{"grow"}, 1, 1}}
	sq.Scale(3)
	var sh Shape = sq
	fmt.Println(sh.Name(), sh.Area())
	type scaler interface{ Scale(float64) }
	_, ok := sh.(scaler)
	_, ok2 := shapes[1].(scaler)
	fmt.Println(ok, ok2)
}

// Output:
// rect 6
// square 4
// psquare 1
// grow 9
// true false
