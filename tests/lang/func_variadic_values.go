package main

import "fmt"

type Op func(xs ...int) int

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func grow(xs ...int) []int {
	return append(xs, len(xs))
}

func main() {
	var op Op = sum
	fmt.Println(op(), op(1), op(1, 2, 3))
	xs := []int{4, 5}
	fmt.Println(op(xs...), sum(xs...))
	f := join
	fmt.Println(f("-"), f("-", "a"), f(", ", "a", "b", "c"))
	names := []string{"x", "y"}
	fmt.Println(join("+", names...))
	ys := grow(xs...)
	ys[0] = 99
	fmt.Println(xs, ys, grow(), len(grow(1, 2)), cap(grow(1, 2)))
	fmt.Printf("%T %T\n", op, f)
}

// Output:
// 0 1 6
// 9 9
//  a a, b, c
// x+y
// [4 5] [99 5 2] [0] 3 4
// main.Op func(string, ...string) string
