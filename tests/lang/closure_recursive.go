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
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(fib(80), len(memo))
	res := func(a, b int) int { return a*a + b*b }(3, 4)
	fmt.Println(res)
}

// Output:
// 3628800
// 23416728348467685 79
// 25
