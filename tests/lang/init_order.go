package main

import "fmt"

var a = b + c
var b = f("b", 1)
var c = f("c", 2)
var d = 3

var total = sum()

func f(name string, v int) int {
	fmt.Println("init", name, "d =", d)
	return v * 10
}

func sum() int {
	fmt.Println("sum sees", a, b, c)
	return a + b + c
}

func main() {
	fmt.Println(a, b, c, d, total)
}

// Output:
// init b d = 3
// init c d = 3
// sum sees 30 10 20
// 30 10 20 3 60
