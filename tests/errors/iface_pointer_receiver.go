package main

import "fmt"

type Counter interface{ Inc() }

type Clicks struct{ n int }

func (c *Clicks) Inc() { c.n++ }

func main() {
	c := Clicks{}
	var i Counter = c
	i.Inc()
	fmt.Println(c.n)
}

// Error:
// iface_pointer_receiver.go:13:18: cannot use c (variable of struct type Clicks) as Counter value in variable declaration: Clicks does not implement Counter (method Inc has pointer receiver)
// exit status 1
