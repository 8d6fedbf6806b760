package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:4]
	fmt.Println(s, len(s), cap(s))
	s[0] = 100
	fmt.Println(arr)
	t := s[1:]
	fmt.Println(t, len(t), cap(t))
	all := arr[:]
	head := arr[:2]
	tail := arr[4:]
	fmt.Println(all, head, tail)
	s = append(s, 40)
	fmt.Println(arr)
	s = append(s, 50, 60)
	s[0] = -1
	fmt.Println(arr, s)
}

// Output:
// [1 2 3] 3 5
// [0 100 2 3 4 5]
// [2 3] 2 4
// [0 100 2 3 4 5] [0 100] [4 5]
// [0 100 2 3 40 5]
// [0 100 2 3 40 5] [-1 2 3 40 50 60]
