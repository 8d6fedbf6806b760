package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i := 0; i <= len(s); i++ {
		fmt.Println(i, s[i])
	}
}

// Error:
// 0 a
// 1 b
// 2 c
// panic: runtime error: index out of range [3] with length 3
//
// goroutine 1 [running]:
// main.main()
// exit status 2
