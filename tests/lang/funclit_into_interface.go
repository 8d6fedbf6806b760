package main

import "fmt"

// Function literals converted to interfaces where they are written: in a
// []interface{} literal, as an argument, in an assignment.

func show(v interface{}) {
	if f, ok := v.(func(int) int); ok {
		fmt.Println("func", f(20))
	}
}

func main() {
	vals := []interface{}{
		func(n int) int { return n + 1 },
		func() string { return "hi" },
	}
	fmt.Println(vals[0].(func(int) int)(41), vals[1].(func() string)())
	k := 3
	show(func(n int) int { return n * k })
	var x interface{} = func(n int) int { return n - k }
	show(x)
	fmt.Printf("%T %T\n", vals[0], x)
}

// Output:
// 42 hi
// func 60
// func 17
// func(int) int func(int) int
