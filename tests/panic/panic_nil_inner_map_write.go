package main

import "fmt"

func main() {
	groups := map[string]map[string]int{"a": {}}
	groups["a"]["x"] = 1
	fmt.Println(groups)
	groups["b"]["y"] = 2
	fmt.Println("unreachable")
}

// Error:
// map[a:map[x:1]]
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
// main.main()
// exit status 2
