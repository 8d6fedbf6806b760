package main

import "fmt"

func main() {
	s := "xyz"
	for i := 0; i <= len(s); i++ {
		fmt.Println(i, s[i])
	}
}

// Error:
// 0 120
// 1 121
// 2 122
// panic: runtime error: index out of range [3] with length 3
//
// goroutine 1 [running]:
// main.main()
// exit status 2
