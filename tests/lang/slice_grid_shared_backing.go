package main

import "fmt"

func grid(w, h int) [][]int {
	cells := make([]int, w*h)
	rows := make([][]int, h)
	for i := range rows {
		rows[i] = cells[i*w : (i+1)*w]
	}
	return rows
}

func main() {
	g := grid(3, 4)
	for i := range g {
		for j := range g[i] {
			g[i][j] = i*10 + j
		}
	}
	fmt.Println(g)
	for i, r := range g {
		fmt.Println(i, len(r), cap(r))
	}
	// Rows share one array: appending to a row with spare capacity
	// overwrites the start of the next row.
	g[0] = append(g[0], -1)
	fmt.Println(g[1], g[0])
	// The last row has no spare capacity, so its append moves it.
	last := append(g[3], -2)
	last[0] = 999
	fmt.Println(g[3], last)
	jag := [][]string{{"a"}, {}, nil, {"b", "c"}}
	for _, r := range jag {
		fmt.Print(len(r), r == nil, " ")
	}
	fmt.Println()
}

// Output:
// [[0 1 2] [10 11 12] [20 21 22] [30 31 32]]
// 0 3 12
// 1 3 9
// 2 3 6
// 3 3 3
// [-1 11 12] [0 1 2 -1]
// [30 31 32] [999 31 32 -2]
// 1 false 0 false 0 true 2 false 
