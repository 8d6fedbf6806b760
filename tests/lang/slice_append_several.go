package main

import "fmt"

func main() {
	var s []int
	s = append(s, 1, 2, 3)
	fmt.Println(s, len(s), cap(s))
	s = append(s, 4, 5)
	fmt.Println(s, len(s), cap(s))
	t := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println(t, len(t), cap(t))
	u := append([]int{}, 7)
	fmt.Println(u, len(u), cap(u))
	s = append(s)
	fmt.Println(s, len(s), cap(s))
	w := append(make([]int, 0, 2), 1, 2, 3, 4, 5, 6, 7)
	fmt.Println(w, len(w), cap(w))
	b := append([]byte(nil), 1, 2, 3)
	fmt.Println(b, len(b), cap(b))
}

// Output:
// [1 2 3] 3 3
// [1 2 3 4 5] 5 6
// [1 2 3 4 5] 5 6
// [7] 1 1
// [1 2 3 4 5] 5 6
// [1 2 3 4 5 6 7] 7 8
// [1 2 3] 3 8
