package main

import "fmt"

type Op func(int, int) int

func main() {
	xs := []interface{}{1, func(int) bool { return false }, "s"}
	fmt.Println(len(xs))
	var y interface{} = func() { fmt.Println("called through an interface") }
	y.(func())()
	ops := map[string]interface{}{"add": Op(func(a, b int) int { return a + b })}
	fmt.Println(ops["add"].(Op)(2, 3))
	f, ok := xs[1].(func(int) bool)
	fmt.Println(ok, f(3))
}
// Output:
// 3
// called through an interface
// 5
// true false
