package main

import "fmt"

type Level uint8

func check(l Level) {
	if l > 3 {
		panic(l)
	}
	fmt.Println("level", l)
}

func main() {
	check(2)
	check(7)
}

// Error:
// level 2
// panic: main.Level(7)
//
// goroutine 1 [running]:
// main.main()
// exit status 2
