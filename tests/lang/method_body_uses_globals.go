package main

import "fmt"

const size = 3

var names = []string{"a", "b", "c"}

type Grid struct{ cells [size]int }

func (g *Grid) Fill() {
	for i := 0; i < size; i++ {
		g.cells[i] = len(names[i]) + i
	}
}

func (g Grid) Sum() (t int) {
	for _, v := range g.cells {
		t += v
	}
	return
}

func main() {
	var g Grid
	g.Fill()
	fmt.Println(g.cells, g.Sum(), names)
}
// Output:
// [1 2 3] 6 [a b c]
