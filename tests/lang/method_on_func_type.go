package main

import "fmt"

type Transform func(int) int

func (t Transform) Then(next Transform) Transform {
	return func(x int) int { return next(t(x)) }
}

func (t Transform) Apply(xs []int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = t(x)
	}
	return out
}

type Handler func(string) string

func (h Handler) Serve(req string) string { return "<" + h(req) + ">" }

func main() {
	double := Transform(func(x int) int { return x * 2 })
	inc := Transform(func(x int) int { return x + 1 })
	f := double.Then(inc).Then(double)
	fmt.Println(f(3), f.Apply([]int{0, 1, 2}))
	var h Handler = func(s string) string { return "hello " + s }
	fmt.Println(h.Serve("bob"))
}

// Output:
// 14 [2 6 10]
// <hello bob>
