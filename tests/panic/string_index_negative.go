package main

import "fmt"

func main() {
	s := "hello"
	i := 2
	i -= 3
	fmt.Println(s[i+1])
	fmt.Println(s[i])
}

// Error:
// 104
// panic: runtime error: index out of range [-1]
//
// goroutine 1 [running]:
// main.main()
// exit status 2
