package main

import "fmt"

func show(tag string, n int) {
	fmt.Println("show", tag, n)
}

func trace(msg string) string {
	fmt.Println("enter", msg)
	return msg
}

func leave(msg string) {
	fmt.Println("leave", msg)
}

func work() {
	defer leave(trace("work"))
	fmt.Println("in work")
}

func pair() (int, string) {
	return 7, "seven"
}

func two(n int, s string) {
	fmt.Println("two", n, s)
}

func main() {
	x := 1
	s := "before"
	defer fmt.Println("fmt", x, s)
	defer fmt.Printf("printf %d %q\n", x, s)
	defer show("declared", x)
	defer two(pair())
	x = 2
	s = "after"
	work()
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop", i, x)
	}
	fmt.Println("body done", x, s)
}

// Output:
// enter work
// in work
// leave work
// body done 2 after
// loop 2 2
// loop 1 2
// loop 0 2
// two 7 seven
// show declared 1
// printf 1 "before"
// fmt 1 before
