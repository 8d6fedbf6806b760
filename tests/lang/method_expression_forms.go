package main

import "fmt"

type P struct{ x, y int }

func (p P) Sum() int           { return p.x + p.y }
func (p *P) Move(dx, dy int)   { p.x += dx; p.y += dy }
func (p P) Join(sep string, rest ...int) string {
	s := fmt.Sprint(p.x, sep, p.y)
	for _, r := range rest {
		s += sep + fmt.Sprint(r)
	}
	return s
}

type Inner struct{ n int }

func (i Inner) Get() int   { return i.n }
func (i *Inner) Set(n int) { i.n = n }

type Outer struct {
	Inner
	tag string
}

type Deep struct{ *Outer }

func main() {
	sum := P.Sum
	move := (*P).Move
	sumP := (*P).Sum
	p := P{1, 2}
	move(&p, 10, 20)
	fmt.Println(sum(p), sumP(&p), P.Sum(P{3, 4}))
	(*P).Move(&p, 1, 1)
	fmt.Println(p)
	join := P.Join
	fmt.Println(join(p, "-"), join(p, ",", 7, 8), P.Join(p, "/", []int{9}...))
	fmt.Printf("%T\n%T\n%T\n%T\n", sum, move, sumP, join)

	// promoted methods through method expressions
	get := Outer.Get
	set := (*Outer).Set
	o := Outer{Inner{1}, "o"}
	set(&o, 42)
	fmt.Println(get(o), (*Outer).Get(&o), o.n)
	d := Deep{&o}
	Deep.Set(d, 7)
	fmt.Println(Deep.Get(d), (*Deep).Get(&d), o.n)
	fmt.Printf("%T %T %T\n", get, set, Deep.Set)

	// as values in tables
	ops := map[string]func(P) int{"sum": P.Sum}
	fmt.Println(ops["sum"](P{5, 5}))
	var f func(*P, int, int) = (*P).Move
	fmt.Println(f != nil)
}

// Output:
// 33 33 7
// {12 23}
// 12-23 12,23,7,8 12/23/9
// func(main.P) int
// func(*main.P, int, int)
// func(*main.P) int
// func(main.P, string, ...int) string
// 42 42 42
// 7 7 7
// func(main.Outer) int func(*main.Outer, int) func(main.Deep, int)
// 10
// true
