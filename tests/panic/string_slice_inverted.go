package main

import "fmt"

func main() {
	s := "abcdef"
	lo, hi := 4, 2
	fmt.Println(s[hi:lo])
	fmt.Println(s[lo:hi])
}

// Error:
// cd
// panic: runtime error: slice bounds out of range [4:2]
//
// goroutine 1 [running]:
// main.main()
// exit status 2
