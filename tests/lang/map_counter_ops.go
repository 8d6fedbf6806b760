package main

import "fmt"

func main() {
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	scores := map[string]int{}
	scores["a"] += 10
	scores["a"] *= 3
	scores["b"] -= 1
	scores["c"] |= 6
	scores["c"] <<= 2
	fmt.Println(scores)
	total := map[string]float64{}
	total["x"] += 0.5
	total["x"] += 0.25
	fmt.Println(total["x"])
}

// Output:
// map[105:4 109:1 112:2 115:4]
// map[a:30 b:-1 c:24]
// 0.75
