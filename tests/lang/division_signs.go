package main

import "fmt"

func show(a, b int) {
	fmt.Println(a, "/", b, "=", a/b, " ", a, "%", b, "=", a%b)
}

func main() {
	show(7, 2)
	show(-7, 2)
	show(7, -2)
	show(-7, -2)
	show(0, 5)
	show(5, 7)
	show(-5, 7)
	var x int8 = -7
	var y int8 = 2
	fmt.Println(x/y, x%y)
	var u uint = 7
	var v uint = 2
	fmt.Println(u/v, u%v)
}

// Output:
// 7 / 2 = 3   7 % 2 = 1
// -7 / 2 = -3   -7 % 2 = -1
// 7 / -2 = -3   7 % -2 = 1
// -7 / -2 = 3   -7 % -2 = -1
// 0 / 5 = 0   0 % 5 = 0
// 5 / 7 = 0   5 % 7 = 5
// -5 / 7 = 0   -5 % 7 = -5
// -3 -1
// 3 1
