// Parallel assignments: a right side may be computed straight into its
// variable only when no later right side reads that variable; swaps,
// rotations, repeated variables, struct fields and the fannkuch-style
// two-index loop must all see the values from before the statement.
package main

import "fmt"

type P struct{ x, y int }

func pair() (int, int) { return 7, 8 }

func main() {
	a, b, c := 1, 2, 3
	a, b, c = b, c, a
	fmt.Println(a, b, c)
	a, b = a+b, a-b
	fmt.Println(a, b)
	a, b = b, b+1
	fmt.Println(a, b)
	x, x2 := 5, 0
	x, x2 = x2, x
	fmt.Println(x, x2)
	for i, j := 0, 9; i < j; i, j = i+1, j-2 {
		fmt.Print(i, j, " ")
	}
	fmt.Println()
	p := P{1, 2}
	p, p.x = P{10, 20}, 99
	fmt.Println(p)
	p.x, p = 5, P{3, 4}
	fmt.Println(p)
	s := "ab"
	n := 3
	s, n = s+s, len(s)
	fmt.Println(s, n)
	f := 1.5
	f, a = f*2, int(f)
	fmt.Println(f, a)
	a, b = pair()
	a, b = b, a
	fmt.Println(a, b)
	var _, y = a, b
	fmt.Println(y)
}

// Output:
// 2 3 1
// 5 -1
// -1 0
// 0 5
// 0 9 1 7 2 5 
// {99 20}
// {3 4}
// abab 2
// 3 1
// 8 7
// 7
