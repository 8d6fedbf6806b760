package main

import "fmt"

func main() {
	s := "abc"
	i := 5
	fmt.Println(s[0], len(s))
	fmt.Println(s[i])
}

// Error:
// 97 3
// panic: runtime error: index out of range [5] with length 3
//
// goroutine 1 [running]:
// main.main()
// exit status 2
