package main

import "fmt"

func main() {
	s := "abc"
	j := 7
	fmt.Println(s[:2])
	fmt.Println(s[:j])
}

// Error:
// ab
// panic: runtime error: slice bounds out of range [:7] with length 3
//
// goroutine 1 [running]:
// main.main()
// exit status 2
