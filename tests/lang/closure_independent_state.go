package main

import "fmt"

func counter(start int) (inc func() int, get func() int) {
	n := start
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func accumulate() func(int) []int {
	var seen []int
	return func(v int) []int {
		seen = append(seen, v)
		return seen
	}
}

type Point struct{ X, Y int }

func main() {
	inc1, get1 := counter(0)
	inc2, get2 := counter(100)
	inc1()
	inc1()
	inc2()
	fmt.Println(get1(), get2(), inc1(), get1())
	acc := accumulate()
	acc(1)
	acc(2)
	fmt.Println(acc(3), accumulate()(9))
	p := Point{1, 2}
	move := func(dx int) { p.X += dx }
	show := func() Point { return p }
	move(5)
	p.Y = 10
	fmt.Println(show(), p)
	x := 1
	f := func() int { return x * 10 }
	x = 7
	fmt.Println(f())
	fs := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
	}
	fmt.Println(fs["add"](3, 4), fs["sub"](3, 4), fs["mul"] == nil)
	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(80), len(memo))
}

// Output:
// 2 101 3 3
// [1 2 3] [9]
// {6 10} {6 10}
// 70
// 7 -1 true
// 23416728348467685 79
