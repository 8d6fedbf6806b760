// seeds/004 "copy" (clone.go): copy(dst, src) copies min(len(dst), len(src))
// elements, returns that count and never grows dst.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3}
	dst := make([]int, len(src))
	n := copy(dst, src) // dst is independent; mutating dst won't touch src
	dst[0] = 100
	fmt.Println(n, src, dst)

	short := make([]int, 2)
	fmt.Println(copy(short, src), short, len(short), cap(short))
	long := make([]int, 5)
	fmt.Println(copy(long, src), long)
	var none []int
	fmt.Println(copy(none, src), none == nil)
	// overlapping copy within one slice behaves like memmove
	ov := []int{1, 2, 3, 4, 5}
	fmt.Println(copy(ov[1:], ov), ov)
}

// Output:
// 3 [1 2 3] [100 2 3]
// 2 [1 2] 2 2
// 3 [1 2 3 0 0]
// 0 true
// 4 [1 1 2 3 4]
