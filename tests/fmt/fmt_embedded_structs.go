package main

import "fmt"

type Point struct{ X, Y int }

type Circle struct {
	Point
	Radius int
}

type Wheel struct {
	*Circle
	Spokes int
}

func main() {
	c := Circle{Point{1, 2}, 5}
	fmt.Println(c)
	fmt.Printf("%+v\n", c)
	fmt.Printf("%#v\n", c)
	w := Wheel{nil, 20}
	fmt.Printf("%v %+v\n", w, w)
	anon := struct {
		Point
		Label string
	}{Point{7, 8}, "p"}
	fmt.Printf("%v %+v\n", anon, anon)
	fmt.Printf("%#v\n", anon)
}

// Output:
// {{1 2} 5}
// {Point:{X:1 Y:2} Radius:5}
// main.Circle{Point:main.Point{X:1, Y:2}, Radius:5}
// {<nil> 20} {Circle:<nil> Spokes:20}
// {{7 8} p} {Point:{X:7 Y:8} Label:p}
// struct { main.Point; Label string }{Point:main.Point{X:7, Y:8}, Label:"p"}
