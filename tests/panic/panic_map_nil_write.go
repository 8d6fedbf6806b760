package main

import "fmt"

type Cache struct {
	data map[string]int
}

func main() {
	var c Cache
	fmt.Println(c.data["k"], len(c.data))
	c.data["k"] = 1
	fmt.Println("unreachable")
}

// Error:
// 0 0
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
// main.main()
// exit status 2
