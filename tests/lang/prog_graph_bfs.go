package main

import "fmt"

type Graph struct {
	adj map[string][]string
}

func (g *Graph) AddEdge(a, b string) {
	if g.adj == nil {
		g.adj = map[string][]string{}
	}
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph) ShortestPath(from, to string) []string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			var path []string
			for n := to; n != ""; n = prev[n] {
				path = append([]string{n}, path...)
			}
			return path
		}
		for _, nb := range g.adj[cur] {
			if _, seen := prev[nb]; !seen {
				prev[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	return nil
}

func (g *Graph) Components() int {
	seen := map[string]bool{}
	var visit func(string)
	visit = func(n string) {
		seen[n] = true
		for _, nb := range g.adj[n] {
			if !seen[nb] {
				visit(nb)
			}
		}
	}
	count := 0
	for n := range g.adj {
		if !seen[n] {
			count++
			visit(n)
		}
	}
	return count
}

func main() {
	var g Graph
	edges := [][2]string{{"a", "b"}, {"b", "c"}, {"c", "d"}, {"a", "e"}, {"e", "d"}, {"x", "y"}}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println(g.ShortestPath("a", "d"))
	fmt.Println(g.ShortestPath("b", "e"))
	fmt.Println(g.ShortestPath("a", "y") == nil)
	fmt.Println(g.ShortestPath("c", "c"))
	fmt.Println("components:", g.Components())
	fmt.Println(g.adj["a"], len(g.adj))
}

// Output:
// [a e d]
// [b a e]
// true
// [c]
// components: 2
// [b e] 7
