package main

import "fmt"

func catch(tag string) {
	fmt.Println(tag, "recovered:", recover())
}

func safeDiv(a, b int) (q int, ok bool) {
	defer catch("safeDiv")
	q = -1
	return a / b, true
}

func unnamedDiv(a, b int) int {
	defer catch("unnamedDiv")
	return a / b
}

func named() (s string) {
	defer catch("named")
	s = "partial"
	panic("named failed")
}

func afterRecover() {
	defer fmt.Println("afterRecover: runs last")
	defer catch("afterRecover")
	defer fmt.Println("afterRecover: runs first")
	panic(42)
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(unnamedDiv(9, 0))
	fmt.Println(named())
	afterRecover()
	fmt.Println("main continues")
}

// Output:
// safeDiv recovered: <nil>
// 3 true
// safeDiv recovered: runtime error: integer divide by zero
// -1 false
// unnamedDiv recovered: runtime error: integer divide by zero
// 0
// named recovered: named failed
// partial
// afterRecover: runs first
// afterRecover recovered: 42
// afterRecover: runs last
// main continues
