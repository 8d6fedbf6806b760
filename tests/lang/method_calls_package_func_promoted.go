package main

import "fmt"

// Methods that use package-level functions and variables, and package
// variables initialised through methods: the initialisation order follows
// what the methods' bodies use.

type Counter int

var step = initStep()

func initStep() int {
	fmt.Println("initStep")
	return 2
}

func double(n int) int { return 2 * n }

func (c Counter) Next() Counter { return c + Counter(double(step)) }

func (c *Counter) Bump() { *c = c.Next() }

var first = Counter(1).Next() // needs step, declared later
var next = Counter.Next
var second = next(first)
var base = initBase()

func initBase() int { fmt.Println("initBase"); return 100 }

type Scaled struct{ k int }

func (s Scaled) Of(n int) int { return s.k*n + base }

var scaled = Scaled{3}.Of(2)

func main() {
	var c Counter
	c.Bump()
	c.Bump()
	fmt.Println(c, first, second, scaled)
}

// Output:
// initStep
// initBase
// 8 5 9 106
