package main

import "fmt"

func main() {
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(grid)
	fmt.Println(len(grid), len(grid[0]))

	row := grid[1]
	row[0] = -1
	fmt.Println(row, grid[1])

	pr := &grid[2]
	pr[3] = 99
	fmt.Println(grid[2])

	id := [3][3]int{{1}, {1: 1}, {2: 1}}
	for _, r := range id {
		fmt.Println(r)
	}
}

// Output:
// [[0 1 2 3] [10 11 12 13] [20 21 22 23]]
// 3 4
// [-1 11 12 13] [10 11 12 13]
// [20 21 22 99]
// [1 0 0]
// [0 1 0]
// [0 0 1]
