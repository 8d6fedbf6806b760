package main

import "fmt"

type Key struct {
	Name string
	Tags []string
}

func main() {
	m := map[interface{}]int{}
	m[Key{Name: "ok"}.Name] = 1
	fmt.Println(len(m))
	m[Key{Name: "bad"}] = 2
	fmt.Println("unreachable")
}

// Error:
// 1
// panic: runtime error: hash of unhashable type main.Key
//
// goroutine 1 [running]:
// main.main()
// exit status 2
