package main

import "fmt"

type Bag struct {
	Items []int
}

func main() {
	var a, b interface{} = Bag{}, 1
	fmt.Println(a == b)
	b = Bag{}
	fmt.Println(a == b)
}

// Error:
// false
// panic: runtime error: comparing uncomparable type main.Bag
//
// goroutine 1 [running]:
// main.main()
// exit status 2
