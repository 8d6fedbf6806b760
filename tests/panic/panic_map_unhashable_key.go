package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m["a"] = 2
	fmt.Println(len(m))
	var k interface{} = []int{1, 2}
	m[k] = 3
	fmt.Println("unreachable")
}

// Error:
// 2
// panic: runtime error: hash of unhashable type []int
//
// goroutine 1 [running]:
// main.main()
// exit status 2
