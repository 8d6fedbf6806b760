package main

import "fmt"

func main() {
	grid := map[[2]int]rune{}
	grid[[2]int{0, 0}] = 'S'
	grid[[2]int{2, 3}] = 'E'
	pos := [2]int{2, 3}
	fmt.Println(string(grid[pos]), len(grid))
	pos[1] = 0
	_, ok := grid[pos]
	fmt.Println(ok)
	fmt.Println(grid)
	words := map[[3]string]int{{"a", "b", "c"}: 1}
	words[[3]string{"a", "b", "c"}]++
	fmt.Println(words)
}

// Output:
// E 2
// false
// map[[0 0]:83 [2 3]:69]
// map[[a b c]:2]
