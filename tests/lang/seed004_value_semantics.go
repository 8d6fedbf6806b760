// seeds/004 "Value semantics: every assignment is a copy" (value-semantics.go):
// assigning a struct or passing it to a function copies every field.
package main

import "fmt"

type Point struct{ X, Y int }

func move(p Point) { p.X = 99 } // mutates a COPY

func main() {
	a := Point{1, 2}
	b := a  // b is an independent copy
	b.X = 5 // a.X is still 1
	fmt.Println("after b.X = 5:", a.X, b.X)
	move(a) // a.X is still 1
	fmt.Println("after move(a):", a.X)
	fmt.Println(a, b)
}

// Output:
// after b.X = 5: 1 5
// after move(a): 1
// {1 2} {5 2}
