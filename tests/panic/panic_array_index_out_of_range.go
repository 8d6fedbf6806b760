package main

import "fmt"

func get(a [4]int, i int) int {
	return a[i]
}

func main() {
	a := [4]int{1, 2, 3, 4}
	fmt.Println(get(a, 3))
	fmt.Println(get(a, 4))
}

// Error:
// 4
// panic: runtime error: index out of range [4] with length 4
//
// goroutine 1 [running]:
// main.get(...)
// main.main()
// exit status 2
