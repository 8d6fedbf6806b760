package main

import "fmt"

func main() {
	s := "abc"
	n := 5
	fmt.Println(s[1:])
	fmt.Println(s[:n])
}

// Error:
// bc
// panic: runtime error: slice bounds out of range [:5] with length 3
//
// goroutine 1 [running]:
// main.main()
// exit status 2
