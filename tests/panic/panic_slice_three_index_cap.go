package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	s := arr[:]
	max := 7
	t := s[0:2:3]
	fmt.Println(t, cap(t))
	u := s[0:2:max]
	fmt.Println(u)
}

// Error:
// [1 2] 3
// panic: runtime error: slice bounds out of range [::7] with capacity 3
//
// goroutine 1 [running]:
// main.main()
// exit status 2
