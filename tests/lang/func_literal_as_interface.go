package main

import "fmt"

type Op func(int, int) int

func apply(f interface{}, a, b int) int {
	if g, ok := f.(func(int, int) int); ok {
		return g(a, b)
	}
	if g, ok := f.(Op); ok {
		return g(a, b) * 100
	}
	return -1
}

func main() {
	var v interface{} = func() string { return "called" }
	fmt.Println(v.(func() string)())
	fmt.Println(apply(func(a, b int) int { return a + b }, 2, 3))
	fmt.Println(apply(Op(func(a, b int) int { return a - b }), 2, 3))
	fmt.Println(apply("not a func", 1, 1))
	n := 10
	handlers := []interface{}{
		func() int { n++; return n },
		func(s string) string { return s + s },
	}
	fmt.Println(handlers[0].(func() int)(), handlers[0].(func() int)(), n)
	fmt.Println(handlers[1].(func(string) string)("ab"))
	m := map[string]interface{}{"inc": func(x int) int { return x + 1 }}
	fmt.Println(m["inc"].(func(int) int)(41))
	_, ok := m["inc"].(func(int) string)
	fmt.Println(ok)
}

// Output:
// called
// 5
// -100
// -1
// 11 12 12
// abab
// 42
// false
