package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	pts := []Point{{1, 2}}
	m := map[string]int{}
	m["a"] = 1
	p := &Point{}
	fmt.Println("hi")
}

// Error:
// declared_not_used_composite.go:8:2: declared and not used: pts
// declared_not_used_composite.go:11:2: declared and not used: p
// exit status 1
