package main

import "fmt"

func window(p *[4]int, n int) []int {
	return p[:n]
}

func main() {
	arr := [4]int{1, 2, 3, 4}
	fmt.Println(window(&arr, 4))
	fmt.Println(window(&arr, 9))
}

// Error:
// [1 2 3 4]
// panic: runtime error: slice bounds out of range [:9] with length 4
//
// goroutine 1 [running]:
// main.window(...)
// main.main()
// exit status 2
