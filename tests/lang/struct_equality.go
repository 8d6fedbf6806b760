package main

import "fmt"

type Point struct{ X, Y int }

type Rec struct {
	Name  string
	Pos   Point
	Tags  [2]string
	Ratio float64
	Ref   *int
}

func main() {
	a := Point{1, 2}
	b := Point{1, 2}
	fmt.Println(a == b, a != b, a == Point{2, 1})
	n := 5
	r1 := Rec{"r", Point{1, 1}, [2]string{"a", "b"}, 0.5, &n}
	r2 := r1
	fmt.Println(r1 == r2)
	r2.Tags[1] = "c"
	fmt.Println(r1 == r2)
	r2 = r1
	m := 5
	r2.Ref = &m
	fmt.Println(r1 == r2)
	zero := 0.0
	r2 = r1
	r2.Ratio = zero / zero
	r3 := r2
	fmt.Println(r2 == r3)
	var e1, e2 struct{}
	fmt.Println(e1 == e2)
	var i1, i2 interface{} = Point{1, 2}, Point{1, 2}
	fmt.Println(i1 == i2)
}

// Output:
// true false false
// true
// false
// false
// false
// true
// true
