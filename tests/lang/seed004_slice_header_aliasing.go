// seeds/004 "What is “reference-like”? slices, maps, channels, strings"
// (header-aliasing.go): copying a slice copies its 3-word header; both
// headers share one backing array.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	t := s    // copies the 3-word header; t and s share the same backing array
	t[0] = 99 // s[0] is now 99 too
	fmt.Println(s[0], s, t)
	fmt.Println(len(t), cap(t), &s[0] == &t[0])
	// The header itself is a value: reslicing t does not change s.
	t = t[:1]
	fmt.Println(len(s), len(t))
	// Contrast with arrays, which are genuine values.
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 99
	fmt.Println(arr, arr2)
}

// Output:
// 99 [99 2 3] [99 2 3]
// 3 3 true
// 3 1
// [1 2 3] [99 2 3]
