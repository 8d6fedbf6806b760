package main

import "fmt"

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func evens(s []int) []int {
	out := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7}
	reverse(s)
	fmt.Println(s)
	reverse(s[:3])
	fmt.Println(s)
	e := evens(s)
	fmt.Println(e, len(e), cap(e))
	fmt.Println(s)
	var none []int
	reverse(none)
	fmt.Println(evens(none) == nil)
}

// Output:
// [7 6 5 4 3 2 1]
// [5 6 7 4 3 2 1]
// [6 4 2] 3 7
// [6 4 2 4 3 2 1]
// true
