package main

import "fmt"

type Node struct {
	Val  int
	Next Node
}

func main() {
	var n Node
	fmt.Println(n.Val)
}

// Error:
// invalid_recursive_type.go:5:6: invalid recursive type: Node refers to itself
// exit status 1
