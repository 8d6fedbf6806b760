package main

import "fmt"

type Point struct {
	X, Y int
}

type Edge struct {
	From, To string
	Weight   float64
}

func main() {
	seen := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {0, 0}}
	for _, p := range path {
		seen[p]++
	}
	fmt.Println(seen)
	fmt.Println(seen[Point{0, 0}], seen[Point{5, 5}])
	edges := map[Edge]bool{{"a", "b", 1.5}: true}
	fmt.Println(edges[Edge{From: "a", To: "b", Weight: 1.5}], edges[Edge{"a", "b", 2}])
	anon := map[struct{ A, B int }]string{{1, 2}: "one-two"}
	fmt.Println(anon[struct{ A, B int }{1, 2}])
}

// Output:
// map[{0 0}:3 {1 0}:1 {1 1}:2]
// 3 0
// true false
// one-two
