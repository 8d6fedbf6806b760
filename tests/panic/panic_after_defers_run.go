package main

import "fmt"

func work(n int) {
	defer fmt.Println("cleanup", n)
	if n == 2 {
		var m map[string]bool
		m["x"] = true
	}
	work(n + 1)
}

func main() {
	defer fmt.Println("main deferred")
	work(0)
}

// Error:
// cleanup 2
// cleanup 1
// cleanup 0
// main deferred
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
// main.main()
// exit status 2
