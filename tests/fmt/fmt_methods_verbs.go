package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Point struct{ X, Y int }

func (p Point) GoString() string { return fmt.Sprintf("Pt(%d,%d)", p.X, p.Y) }

type Hidden struct {
	Shown  Color
	hidden Color
}

type Boom struct{}

func (Boom) String() string { panic("boom") }

type PtrS struct{ n int }

func (p *PtrS) String() string { return fmt.Sprint("ptr ", p.n) }

type NilOK struct{}

func (n *NilOK) String() string {
	if n == nil {
		return "nil NilOK"
	}
	return "NilOK"
}

type E struct{ msg string }

func (e E) Error() string  { return "E: " + e.msg }
func (e E) String() string { return "never printed" }

func main() {
	c := Color(1)
	fmt.Printf("%v|%s|%d|%x|%X|%q|%5s|%-6v|\n", c, c, c, c, c, c, c, c)
	fmt.Printf("%#v %v %+v\n", Point{1, 2}, Point{1, 2}, Point{1, 2})
	fmt.Println(Hidden{2, 0})
	fmt.Printf("%+v\n", Hidden{0, 2})
	fmt.Println(Boom{})
	fmt.Printf("%s|%d\n", Boom{}, Boom{})
	var np *PtrS
	fmt.Println(np, &PtrS{4}, PtrS{5})
	var nn *NilOK
	fmt.Println(nn, &NilOK{})
	fmt.Println(E{"x"}, []E{{"a"}, {"b"}})
	fmt.Printf("%v %s %q\n", E{"y"}, E{"y"}, E{"y"})
	fmt.Println(map[Color]Color{0: 1, 2: 0})
	fmt.Println([]interface{}{c, 3, "s", E{"z"}})
	fmt.Print(fmt.Sprint(c, c), " ", fmt.Sprintln(c, "x"))
}
// Output:
// green|green|1|677265656e|677265656E|"green"|green|green |
// Pt(1,2) {1 2} {X:1 Y:2}
// {blue 0}
// {Shown:red hidden:2}
// %!v(PANIC=String method: boom)
// %!s(PANIC=String method: boom)|{}
// <nil> ptr 4 {5}
// nil NilOK NilOK
// E: x [E: a E: b]
// E: y E: y "E: y"
// map[red:green blue:red]
// [green 3 s E: z]
// green green green x
