package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["a"])
	m["a"] += 1
}
// Error:
// 0
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
// main.main()
// exit status 2
