package main

import "fmt"

type Pos struct{ R, C int }

type Edge struct {
	From, To string
}

func main() {
	walls := map[Pos]bool{{0, 1}: true, {1, 1}: true, {2, 1}: true}
	seen := map[Pos]int{}
	queue := []Pos{{0, 0}}
	seen[Pos{0, 0}] = 0
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, d := range [4]Pos{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := Pos{p.R + d.R, p.C + d.C}
			if n.R < 0 || n.C < 0 || n.R > 3 || n.C > 2 || walls[n] {
				continue
			}
			if _, ok := seen[n]; !ok {
				seen[n] = seen[p] + 1
				queue = append(queue, n)
			}
		}
	}
	fmt.Println(len(seen), seen[Pos{0, 2}], seen[Pos{3, 2}])
	fmt.Println(seen)
	weights := map[Edge]int{{"a", "b"}: 3, {"b", "a"}: 4}
	weights[Edge{"a", "b"}] += 10
	fmt.Println(weights)
	tri := map[[3]string]int{}
	tri[[3]string{"x", "y", "z"}]++
	tri[[...]string{"x", "y", "z"}]++
	fmt.Println(tri)
	type pair struct {
		k [2]int
		s string
	}
	nested := map[pair]bool{{[2]int{1, 2}, "a"}: true}
	fmt.Println(nested[pair{[2]int{1, 2}, "a"}], nested[pair{[2]int{2, 1}, "a"}])
}

// Output:
// 9 8 5
// map[{0 0}:0 {0 2}:8 {1 0}:1 {1 2}:7 {2 0}:2 {2 2}:6 {3 0}:3 {3 1}:4 {3 2}:5]
// map[{a b}:13 {b a}:4]
// map[[x y z]:2]
// true false
