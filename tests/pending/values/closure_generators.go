package main

import "fmt"

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func accumulate(start int) func(int) int {
	total := start
	return func(d int) int {
		total += d
		return total
	}
}

func main() {
	f := fib()
	var out []int
	for i := 0; i < 10; i++ {
		out = append(out, f())
	}
	fmt.Println(out)
	acc := accumulate(100)
	acc(10)
	acc(-5)
	fmt.Println(acc(0))
	g := fib()
	fmt.Println(g(), g(), f())
}

// Output:
// [0 1 1 2 3 5 8 13 21 34]
// 105
// 0 1 55
