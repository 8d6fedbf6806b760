package main

import "fmt"

func main() {
	var fact func(n int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	res := func(a, b int) int { return a*a + b*b }(3, 4)
	fmt.Println(res)
	x := 1
	f := func() func() int {
		return func() int { x *= 2; return x }
	}()
	f()
	fmt.Println(f(), x)
	type op struct {
		name string
		fn   func(int, int) int
	}
	ops := []op{{"add", func(a, b int) int { return a + b }}, {"mul", func(a, b int) int { return a * b }}}
	for _, o := range ops {
		fmt.Println(o.name, o.fn(6, 7))
	}
	var g func()
	fmt.Println(g == nil, f != nil)
}

// Output:
// 3628800
// 25
// 4 4
// add 13
// mul 42
// true true
