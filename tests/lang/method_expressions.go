package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec  { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k int)   { v.X *= k; v.Y *= k }
func (v Vec) String() string { return fmt.Sprintf("(%d,%d)", v.X, v.Y) }

func main() {
	add := Vec.Add
	fmt.Printf("%T\n", add)
	fmt.Println(add(Vec{1, 2}, Vec{3, 4}))
	scale := (*Vec).Scale
	fmt.Printf("%T\n", scale)
	v := Vec{1, 1}
	scale(&v, 5)
	fmt.Println(v)
	addP := (*Vec).Add
	fmt.Println(addP(&v, Vec{1, 0}))
	str := Vec.String
	fmt.Println(str(Vec{7, 8}))
	ops := map[string]func(Vec, Vec) Vec{"add": Vec.Add}
	fmt.Println(ops["add"](v, v))
}

// Output:
// func(main.Vec, main.Vec) main.Vec
// (4,6)
// func(*main.Vec, int)
// (5,5)
// (6,5)
// (7,8)
// (10,10)
