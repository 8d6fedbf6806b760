package main

import "fmt"

type Stats struct {
	Sum, Count int
}

func (s Stats) Mean() int { return s.Sum / s.Count }

func main() {
	fmt.Println(Stats{10, 4}.Mean())
	var empty Stats
	fmt.Println(empty.Mean())
}

// Error:
// 2
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
// main.main()
// exit status 2
