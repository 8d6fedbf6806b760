package main

import "fmt"


func named() (n int, s string) {
	defer fmt.Println("deferred sees arguments of its defer:", n, s)
	n, s = 1, "one"
	defer fmt.Println("later defer:", n, s)
	return 2, "two"
}

func unnamed(a, b int) int {
	defer fmt.Println("unnamed: deferred")
	return a*10 + b
}

func swap(a, b int) (x, y int) {
	defer fmt.Println("swap deferred")
	x, y = a, b
	return y, x
}

func main() {
	fmt.Println(named())
	fmt.Println(unnamed(4, 2))
	fmt.Println(swap(1, 2))
}

// Output:
// later defer: 1 one
// deferred sees arguments of its defer: 0 
// 2 two
// unnamed: deferred
// 42
// swap deferred
// 2 1
