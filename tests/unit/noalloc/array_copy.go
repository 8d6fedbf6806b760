// Copying an array value: a [64]int and a [4][8]int copied by assignment,
// passed and returned, stored into elements of an array of arrays, a
// slice of arrays and a struct field, and ranged over (range copies its
// array operand).
package main

import "os"

type Grid [4][8]int

type Board struct {
	cells Grid
	line  [64]int
}

func inc(g Grid) Grid {
	g[1][2]++
	return g
}

func total(line [64]int) int {
	s := 0
	for _, v := range line {
		s += v
	}
	return s
}

func iterations() int {
	n := 0
	for _, c := range os.Args[1] {
		n = n*10 + int(c-'0')
	}
	return n
}

func main() {
	n := iterations()
	var line [64]int
	for i := range line {
		line[i] = i
	}
	var g Grid
	var grids [3]Grid
	many := make([]Grid, 3)
	var bd Board
	p := &bd
	sum := 0
	for i := 0; i < n; i++ {
		g = inc(g)
		grids[i%3] = g
		many[i%3] = grids[i%3]
		bd.cells = many[i%3]
		p.line = line
		row := p.cells[1]
		copyOfLine := line
		sum += row[2] - g[1][2] + total(copyOfLine) - total(p.line)
	}
	if sum != 0 || g[1][2] != n {
		os.Exit(3)
	}
}
