// seeds/004 "Value semantics: every assignment is a copy" (value-semantics.go,
// second fragment): to mutate the caller's value, pass a pointer.
package main

import "fmt"

type Point struct{ X, Y int }

func move(p *Point) { p.X = 99 } // p.X is shorthand for (*p).X

func moveExplicit(p *Point) { (*p).Y = 42 }

func main() {
	a := Point{1, 2}
	move(&a) // a.X is now 99
	fmt.Println(a.X)
	moveExplicit(&a)
	fmt.Println(a)
	p := &a
	b := *p // copying through the pointer gives an independent value
	b.X = 0
	fmt.Println(a.X, b.X, p.X)
}

// Output:
// 99
// {99 42}
// 99 0 99
