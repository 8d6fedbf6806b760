package main

import "fmt"

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6}
	sq := mapInts(xs, func(x int) int { return x * x })
	ev := filter(sq, func(x int) bool { return x%2 == 0 })
	total := reduce(ev, 0, func(a, b int) int { return a + b })
	fmt.Println(sq, ev, total)
	f := compose(func(x int) int { return x + 1 }, func(x int) int { return x * 3 })
	fmt.Println(f(1), f(10), compose()(5))
	fmt.Println(filter(xs, func(int) bool { return false }) == nil)
}

// Output:
// [1 4 9 16 25 36] [4 16 36] 56
// 6 33 5
// true
