package main

import "fmt"

func main() {
	err := fmt.Errorf("config %q: missing key %d", "app.conf", 3)
	panic(err)
}

// Error:
// panic: config "app.conf": missing key 3
//
// goroutine 1 [running]:
// main.main()
// exit status 2
