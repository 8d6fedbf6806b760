package main

import "fmt"

var double = func(x int) int { return x * 2 }

var table = []func(int) int{double, func(x int) int { return -x }}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func walk(n int, visit func(int)) {
	var rec func(int)
	rec = func(i int) {
		if i > n {
			return
		}
		visit(i)
		rec(i + 1)
	}
	rec(1)
}

func main() {
	fmt.Println(double(4), table[1](3), table[0](5))
	a := adder(10)
	a(1)
	fmt.Println(a(2))
	total := 0
	walk(5, func(i int) { total += i })
	fmt.Println(total)
	var s struct{ cb func() string }
	fmt.Println(s.cb == nil)
	s.cb = func() string { return "cb" }
	fmt.Println(s.cb())
	p := &s
	fmt.Println(p.cb())
}

// Output:
// 8 -3 10
// 13
// 15
// true
// cb
// cb
