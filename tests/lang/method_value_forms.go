package main

import "fmt"

type Acc struct {
	name  string
	total int
}

func (a Acc) Name() string      { return a.name }
func (a *Acc) Add(n int) int    { a.total += n; return a.total }
func (a Acc) Sum(ns ...int) int { s := a.total; for _, n := range ns { s += n }; return s }
func (a Acc) Pair() (string, int) { return a.name, a.total }

type Ops struct {
	add  func(int) int
	name func() string
}

func apply(f func(int) int, n int) int { return f(n) }

func main() {
	a := Acc{name: "a"}
	add := a.Add // &a bound
	add(1)
	add(2)
	before := a.total
	after := add(10)
	fmt.Println(before, after, a.total)

	name := a.Name // copy of a now
	a.name = "renamed"
	fmt.Println(name(), a.Name())

	p := &Acc{name: "p", total: 5}
	sum := p.Sum // *p copied now
	p.total = 100
	fmt.Println(sum(), sum(1, 2, 3), p.Sum(1))
	xs := []int{4, 5}
	fmt.Println(sum(xs...))

	pair := a.Pair
	n, t := pair()
	fmt.Println(n, t)

	// stored in slices, maps, struct fields, passed as arguments
	fs := []func(int) int{a.Add, p.Add}
	for i, f := range fs {
		fmt.Println(i, f(1))
	}
	m := map[string]func() string{"a": a.Name, "p": p.Name}
	fmt.Println(m["a"](), m["p"]())
	ops := Ops{add: p.Add, name: p.Name}
	fmt.Println(ops.add(1), ops.name(), apply(a.Add, 1000))

	// compared to nil
	var f func() string
	fmt.Println(f == nil)
	f = a.Name
	fmt.Println(f != nil, f())

	// a fresh receiver copy at each evaluation
	var gets []func() string
	for _, s := range []string{"x", "y", "z"} {
		v := Acc{name: s}
		gets = append(gets, v.Name)
	}
	for _, g := range gets {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// a method value of a composite literal and of a call result
	fmt.Println(Acc{name: "lit"}.Name(), mk().Name())
	g := mk().Sum
	fmt.Println(g(1))
	fmt.Printf("%T %T %T\n", add, pair, sum)
}

func mk() Acc { return Acc{name: "made", total: 7} }

// Output:
// 3 13 13
// a renamed
// 5 11 101
// 14
// renamed 13
// 0 14
// 1 101
// renamed p
// 102 p 1014
// true
// true renamed
// x y z 
// lit made
// 8
// func(int) int func() (string, int) func(...int) int
