// Closures and function values: a counter generator, an accumulator, a
// closure created afresh in every iteration that captures a loop-body
// variable by reference and updates it, calls through function values
// passed as arguments, and a composition of two functions: 8 calls an
// iteration, 16M in all. Ints and funcs only, no slices or structs. The
// loop variable i itself is never captured, so the result does not depend
// on Go 1.22's per-iteration loop variables.
package main

import "fmt"

const N = 2000000

// counter returns a generator of 1, 2, 3, ...
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// accumulator returns a function that adds its argument to a running sum
// (kept below 1000003, so no arithmetic overflows or loses precision)
// and returns the sum.
func accumulator(sum int) func(int) int {
	return func(x int) int {
		sum = (sum + x) % 1000003
		return sum
	}
}

func apply(f func(int) int, x int) int {
	return f(x)
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int {
		return f(g(x))
	}
}

func main() {
	next := counter()
	acc := accumulator(0)
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	h := compose(double, inc)
	sum := 0
	for i := 0; i < N; i++ {
		k := i % 1000
		bump := func(d int) { k += d }
		bump(3)
		bump(i % 7)
		sum = acc(k + apply(h, next()%1000))
	}
	fmt.Println(sum, next(), acc(0))
}
