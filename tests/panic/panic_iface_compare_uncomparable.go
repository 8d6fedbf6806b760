package main

import "fmt"

func main() {
	var a interface{} = []int{1, 2}
	var b interface{} = []int{1, 2}
	var c interface{} = 5
	fmt.Println(a == c)
	fmt.Println(a == b)
}

// Error:
// false
// panic: runtime error: comparing uncomparable type []int
//
// goroutine 1 [running]:
// main.main()
// exit status 2
