package main

import "fmt"

func main() {
	s := "abc"
	lo := 5
	fmt.Println(s[3:])
	fmt.Println(s[lo:])
}

// Error:
//
// panic: runtime error: slice bounds out of range [5:3]
//
// goroutine 1 [running]:
// main.main()
// exit status 2
