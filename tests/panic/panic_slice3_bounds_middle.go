package main

import "fmt"

func main() {
	a := [4]int{1, 2, 3, 4}
	j, k := 2, 1
	fmt.Println(len(a[:2:3]))
	fmt.Println(a[:j:k])
}

// Error:
// 2
// panic: runtime error: slice bounds out of range [:2:1]
//
// goroutine 1 [running]:
// main.main()
// exit status 2
