package main

import "fmt"

type Counter struct {
	n int
}

func (c *Counter) Inc() {
	c.n++
}

func main() {
	c := &Counter{}
	c.Inc()
	fmt.Println(c.n)
	var none *Counter
	none.Inc()
	fmt.Println("unreachable")
}

// Error:
// 1
// panic: runtime error: invalid memory address or nil pointer dereference
//
// goroutine 1 [running]:
// main.(*Counter).Inc(...)
// main.main()
// exit status 2
