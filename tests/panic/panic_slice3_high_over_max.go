package main

import "fmt"

func main() {
	s := []string{"a", "b", "c", "d"}
	hi, max := 3, 2
	fmt.Println(s[0:2:3])
	fmt.Println(s[0:hi:max])
}

// Error:
// [a b]
// panic: runtime error: slice bounds out of range [:3:2]
//
// goroutine 1 [running]:
// main.main()
// exit status 2
