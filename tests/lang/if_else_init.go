package main

import "fmt"

func sign(x int) string {
	if x < 0 {
		return "neg"
	} else if x == 0 {
		return "zero"
	} else {
		return "pos"
	}
}

func twice(x int) (int, bool) { return x * 2, x > 2 }

func main() {
	fmt.Println(sign(-3), sign(0), sign(8))
	if v, ok := twice(5); ok {
		fmt.Println("big", v)
	} else {
		fmt.Println("small", v)
	}
	if v, ok := twice(1); ok {
		fmt.Println("big", v)
	} else if w := v + 100; w > 50 {
		fmt.Println("else-if", v, w)
	}
	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
}

// Output:
// neg zero pos
// big 10
// else-if 2 102
// inner 2
// outer 1
