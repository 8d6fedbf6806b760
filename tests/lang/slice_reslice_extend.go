package main

import "fmt"

func main() {
	s := make([]int, 2, 6)
	s[0], s[1] = 1, 2
	t := s[:4]
	fmt.Println(t, len(t), cap(t))
	t[3] = 4
	u := s[1:6]
	fmt.Println(u)
	s = s[:0]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s)
	s = s[2:]
	fmt.Println(s, len(s), cap(s))
	s = s[len(s):]
	fmt.Println(s, len(s), cap(s))
}

// Output:
// [1 2 0 0] 4 6
// [2 0 4 0 0]
// [] 0 6
// [1 2 0 4 0 0]
// [0 4 0 0] 4 4
// [] 0 0
