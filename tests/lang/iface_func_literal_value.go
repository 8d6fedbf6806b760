package main

import "fmt"

type Op func(int, int) int

func apply(v interface{}, a, b int) int {
	if f, ok := v.(func(int, int) int); ok {
		return f(a, b)
	}
	return v.(Op)(a, b)
}

func main() {
	// function literals stored straight into interfaces
	var v interface{} = func() string { return "called" }
	fmt.Printf("%T\n", v)
	f := v.(func() string)
	fmt.Println(f())
	g, ok := v.(func() int)
	fmt.Println(g == nil, ok)
	fmt.Println(apply(func(a, b int) int { return a + b }, 2, 3))
	fmt.Println(apply(Op(func(a, b int) int { return a * b }), 2, 3))
	vals := []interface{}{func(s string) int { return len(s) }, 1}
	fmt.Println(vals[0].(func(string) int)("four"), vals[1])
	n := 10
	var counter interface{} = func() int { n++; return n }
	counter.(func() int)()
	fmt.Println(counter.(func() int)(), n)
}

// Output:
// func() string
// called
// true false
// 5
// 6
// 4 1
// 12 12
