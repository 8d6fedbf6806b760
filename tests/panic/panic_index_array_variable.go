package main

import "fmt"

func main() {
	var scores [4]int
	for i := 0; i <= len(scores); i++ {
		scores[i] = i * 10
		fmt.Println("set", i)
	}
}

// Error:
// set 0
// set 1
// set 2
// set 3
// panic: runtime error: index out of range [4] with length 4
//
// goroutine 1 [running]:
// main.main()
// exit status 2
