package main

import "fmt"

type Point struct {
	X, Y int
}

type Labeled struct {
	Name  string
	At    Point
	Tags  []string
	Score float64
	ok    bool
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	l := Labeled{"a", Point{3, 4}, []string{"x", "y"}, 1.5, true}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", l, l, l, l)
	var z Labeled
	fmt.Printf("%v\n%+v\n%#v\n", z, z, z)
	fmt.Printf("%d %s\n", p, l)
	fmt.Printf("%x %X %o\n", Point{255, 16}, Point{255, 16}, Point{8, 9})
	fmt.Printf("%q\n", Labeled{Name: "q", Tags: []string{"t"}})
}

// Output:
// {1 2}|{X:1 Y:2}|main.Point{X:1, Y:2}|main.Point
// {a {3 4} [x y] 1.5 true}
// {Name:a At:{X:3 Y:4} Tags:[x y] Score:1.5 ok:true}
// main.Labeled{Name:"a", At:main.Point{X:3, Y:4}, Tags:[]string{"x", "y"}, Score:1.5, ok:true}
// main.Labeled
// { {0 0} [] 0 false}
// {Name: At:{X:0 Y:0} Tags:[] Score:0 ok:false}
// main.Labeled{Name:"", At:main.Point{X:0, Y:0}, Tags:[]string(nil), Score:0, ok:false}
// {1 2} {a {%!s(int=3) %!s(int=4)} [x y] %!s(float64=1.5) %!s(bool=true)}
// {ff 10} {FF 10} {10 11}
// {"q" {'\x00' '\x00'} ["t"] %!q(float64=0) %!q(bool=false)}
