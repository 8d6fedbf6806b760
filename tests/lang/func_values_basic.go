package main

import "fmt"

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func apply(op func(int, int) int, a, b int) int { return op(a, b) }

func pick(name string) func(int, int) int {
	switch name {
	case "add":
		return add
	case "sub":
		return sub
	}
	return nil
}

func main() {
	var f func(int, int) int
	fmt.Println(f == nil)
	f = add
	fmt.Println(f(2, 3), f != nil)
	fmt.Println(apply(sub, 10, 4), apply(func(a, b int) int { return a * b }, 6, 7))
	for _, n := range []string{"add", "sub", "mul"} {
		op := pick(n)
		if op == nil {
			fmt.Println(n, "unknown")
			continue
		}
		fmt.Println(n, op(8, 2))
	}
	fmt.Printf("%T\n", apply)
	table := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * x },
	}
	fmt.Println(table[0](4), table[1](4))
}

// Output:
// true
// 5 true
// 6 42
// add 10
// sub 6
// mul unknown
// func(func(int, int) int, int, int) int
// 5 16
