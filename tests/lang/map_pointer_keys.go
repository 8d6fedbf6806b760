package main

import "fmt"

type Node struct {
	Name string
}

func main() {
	a := &Node{"a"}
	b := &Node{"b"}
	a2 := &Node{"a"}
	visited := map[*Node]bool{}
	visited[a] = true
	fmt.Println(visited[a], visited[b], visited[a2])
	visited[b] = true
	visited[a] = false
	fmt.Println(len(visited))
	same := a
	fmt.Println(visited[same])
	var nilKey *Node
	visited[nilKey] = true
	fmt.Println(len(visited), visited[nil])
	labels := map[*int]string{}
	x, y := 1, 1
	labels[&x] = "x"
	labels[&y] = "y"
	fmt.Println(len(labels), labels[&x], labels[&y])
}

// Output:
// true false false
// 2
// false
// 3 true
// 2 x y
