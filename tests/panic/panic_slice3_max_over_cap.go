package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	max := 9
	fmt.Println(len(s[1:2:3]))
	t := s[1:2:max]
	fmt.Println(t)
}

// Error:
// 1
// panic: runtime error: slice bounds out of range [::9] with capacity 3
//
// goroutine 1 [running]:
// main.main()
// exit status 2
