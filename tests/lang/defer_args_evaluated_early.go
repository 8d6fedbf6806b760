package main

import "fmt"

func trace(msg string) string {
	fmt.Println("enter", msg)
	return msg
}

func un(msg string) {
	fmt.Println("leave", msg)
}

func work() {
	defer un(trace("work"))
	fmt.Println("in work")
}

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	work()
	s := []int{1, 2}
	defer fmt.Println("deferred slice", s)
	s[0] = 100
	p := &struct{ N int }{1}
	defer fmt.Println("deferred pointee", *p)
	p.N = 50
}

// Output:
// enter work
// in work
// leave work
// deferred pointee {1}
// deferred slice [100 2]
// closure x = 2
// deferred x = 1
