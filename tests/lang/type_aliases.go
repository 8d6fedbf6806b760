package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

type P = Point
type IntAlias = int
type Bytes = []byte
type Handler = func(string) int

func main() {
	var p P = P{1, 2}
	var q Point = p
	fmt.Println(p.Sum(), q == p)
	fmt.Printf("%T %T\n", p, q)
	var i IntAlias = 5
	var j int = i
	fmt.Printf("%T %v\n", i, i+j)
	var b Bytes = []byte("hi")
	fmt.Printf("%T %s\n", b, b)
	var h Handler = func(s string) int { return len(s) }
	fmt.Printf("%T %d\n", h, h("four"))
	var r rune = 'x'
	var i32 int32 = r
	var by byte = 200
	var u8 uint8 = by
	fmt.Printf("%T %T %v %v\n", r, by, i32, u8)
}

// Output:
// 3 true
// main.Point main.Point
// int 10
// []uint8 hi
// func(string) int 4
// int32 uint8 120 200
