package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := &Point{1, 2}
	fmt.Println(p)
	fmt.Printf("%v %+v %#v\n", p, p, p)
	fmt.Printf("%T\n", p)
	a := &[3]int{1, 2, 3}
	s := &[]string{"a", "b"}
	m := &map[string]int{"k": 1}
	fmt.Println(a, s, m)
	fmt.Printf("%v %+v\n", a, s)
	fmt.Printf("%#v\n", a)
	var np *Point
	fmt.Println(np)
	fmt.Printf("%v %+v %#v\n", np, np, np)
	fmt.Printf("%d\n", p)
	fmt.Println([]*Point{nil})
}

// Output:
// &{1 2}
// &{1 2} &{X:1 Y:2} &main.Point{X:1, Y:2}
// *main.Point
// &[1 2 3] &[a b] &map[k:1]
// &[1 2 3] &[a b]
// &[3]int{1, 2, 3}
// <nil>
// <nil> <nil> (*main.Point)(nil)
// &{1 2}
// [<nil>]
