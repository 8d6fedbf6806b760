package main

import "fmt"

type Inner struct {
	Tags [2]string
	W    float64
}

type Rec struct {
	ID    int
	Name  string
	In    Inner
	Ptr   *int
	Any   interface{}
	Empty struct{}
}

var zero float64

func main() {
	x := 5
	a := Rec{ID: 1, Name: "a", In: Inner{[2]string{"p", "q"}, 1.5}, Ptr: &x, Any: 3}
	b := a
	fmt.Println(a == b)
	b.Any = 3.0
	fmt.Println(a == b)
	b.Any = 3
	y := 5
	b.Ptr = &y
	fmt.Println(a == b, *a.Ptr == *b.Ptr)
	b.Ptr = a.Ptr
	b.In.Tags[1] = "Q"
	fmt.Println(a == b, a.In == b.In, a.In.Tags == b.In.Tags)
	nan := zero / zero
	n1 := Inner{W: nan}
	n2 := n1
	fmt.Println(n1 == n2, n1 != n2)
	z1, z2 := Inner{W: zero}, Inner{W: -zero}
	fmt.Println(z1 == z2)
	var r1, r2 Rec
	fmt.Println(r1 == r2, r1 == Rec{})
	type key struct {
		a, b interface{}
	}
	fmt.Println(key{1, "x"} == key{1, "x"}, key{1, nil} == key{1, nil}, key{nil, nil} == key{})
}

// Output:
// true
// false
// false true
// false false false
// false true
// true
// true true
// true true true
