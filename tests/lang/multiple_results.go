package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) { return b, a }

func three() (int, string, bool) { return 1, "two", true }

func pass() (int, int) { return divmod(17, 5) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	a, b = b, a
	fmt.Println(a, b)
	n, s, ok := three()
	fmt.Println(n, s, ok)
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
	fmt.Println(pass())
	fmt.Println(divmod(100, 7))
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
}

// Output:
// 3 2
// y x
// x y
// 1 two true
// 1
// 3 2
// 14 2
// 2 3
