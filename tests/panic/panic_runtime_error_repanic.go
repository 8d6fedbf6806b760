package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		err := r.(error)
		fmt.Println("caught:", err.Error())
		panic(err)
	}()
	var s []int
	_ = s[3]
}

// Error:
// caught: runtime error: index out of range [3] with length 0
// panic: runtime error: index out of range [3] with length 0 [recovered]
// 	panic: runtime error: index out of range [3] with length 0
//
// goroutine 1 [running]:
// main.main()
// exit status 2
