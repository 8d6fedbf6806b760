// The Computer Language Benchmarks Game binary-trees: build perfect binary
// trees bottom-up, walk them to count their nodes, and drop them, many
// times over; one long-lived tree stays reachable the whole time. It
// measures allocation of small pointerful objects and the collector.
//
// The depth is a constant (gvm has no os.Args parsing or strconv yet); the
// benchmarks game runs it with 21, here it is chosen so that gvm takes a
// second or two. binarytrees.lua does the same with tables.
package main

import "fmt"

const N = 17

type Node struct {
	left, right *Node
}

func bottomUpTree(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUpTree(depth - 1), bottomUpTree(depth - 1)}
}

func (n *Node) itemCheck() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.itemCheck() + n.right.itemCheck()
}

func main() {
	minDepth := 4
	maxDepth := N
	if minDepth+2 > N {
		maxDepth = minDepth + 2
	}
	stretchDepth := maxDepth + 1
	fmt.Printf("stretch tree of depth %d\t check: %d\n",
		stretchDepth, bottomUpTree(stretchDepth).itemCheck())

	longLived := bottomUpTree(maxDepth)
	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1 << (maxDepth - depth + minDepth)
		check := 0
		for i := 0; i < iterations; i++ {
			check += bottomUpTree(depth).itemCheck()
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iterations, depth, check)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, longLived.itemCheck())
}
