package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	lo, hi := 3, 2
	fmt.Println(s[hi:lo])
	fmt.Println(s[lo:hi])
}

// Error:
// [3]
// panic: runtime error: slice bounds out of range [3:2]
//
// goroutine 1 [running]:
// main.main()
// exit status 2
