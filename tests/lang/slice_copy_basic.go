package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	// overlapping copy shifts right
	s := []int{1, 2, 3, 4, 5}
	n = copy(s[1:], s)
	fmt.Println(n, s)
	// overlapping copy shifts left
	s = []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	var empty []int
	fmt.Println(copy(empty, src), copy(src, empty))
	fmt.Println(src)
}

// Output:
// 3 [1 2 3]
// 5 [1 2 3 4 5 0 0 0]
// 4 [1 1 2 3 4]
// 3 [3 4 5 4 5]
// 0 0
// [1 2 3 4 5]
