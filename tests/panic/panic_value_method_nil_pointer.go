package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func main() {
	p := &Point{1, 2}
	fmt.Println(p.Sum())
	p = nil
	fmt.Println(p.Sum())
}

// Error:
// 3
// panic: runtime error: invalid memory address or nil pointer dereference
//
// goroutine 1 [running]:
// main.main()
// exit status 2
