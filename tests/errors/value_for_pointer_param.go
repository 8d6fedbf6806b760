package main

import "fmt"

type Point struct{ X, Y int }

func move(p *Point, dx int) { p.X += dx }

func main() {
	p := Point{1, 2}
	move(p, 3)
	fmt.Println(p)
}

// Error:
// value_for_pointer_param.go:11:7: cannot use p (variable of struct type Point) as *Point value in argument to move
// exit status 1
