package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	Counter{}.Inc()
	fmt.Println("done")
}

// Error:
// pointer_method_not_addressable.go:10:12: cannot call pointer method Inc on Counter
// exit status 1
