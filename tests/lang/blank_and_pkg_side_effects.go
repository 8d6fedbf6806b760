package main

import "fmt"

var _ = announce("first")
var value = announce("second")
var _ = announce("third")

func announce(s string) int {
	fmt.Println("init", s)
	return len(s)
}

func pair() (int, int) { return 1, 2 }

func main() {
	_, b := pair()
	a, _ := pair()
	_ = announce("in main")
	fmt.Println(a, b, value)
}

// Output:
// init first
// init second
// init third
// init in main
// 1 2 6
