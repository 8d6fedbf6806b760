package main

import "fmt"

func main() {
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"}
	byLetter := map[byte][]string{}
	for _, w := range words {
		byLetter[w[0]] = append(byLetter[w[0]], w)
	}
	for _, c := range []byte("abcd") {
		fmt.Println(string(c), len(byLetter[c]), byLetter[c])
	}
	adj := map[int][]int{}
	edges := [][2]int{{1, 2}, {1, 3}, {2, 3}, {3, 1}}
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
	}
	fmt.Println(adj)
}

// Output:
// a 3 [apple avocado apricot]
// b 2 [banana blueberry]
// c 1 [cherry]
// d 0 []
// map[1:[2 3] 2:[3] 3:[1]]
