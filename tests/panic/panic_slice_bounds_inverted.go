package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	i, j := 3, 2
	fmt.Println(s[1:3])
	fmt.Println(s[i:j])
}

// Error:
// [2 3]
// panic: runtime error: slice bounds out of range [3:2]
//
// goroutine 1 [running]:
// main.main()
// exit status 2
