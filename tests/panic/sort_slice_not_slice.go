package main

import "sort"

func main() {
	sort.Slice(42, func(i, j int) bool { return false })
}

// Error:
// panic: reflect: call of Swapper on int Value
//
// goroutine 1 [running]:
// main.main()
// exit status 2
