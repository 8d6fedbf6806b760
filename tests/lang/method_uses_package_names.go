// Method bodies that use package-level functions and variables (this used
// to crash the checker: methods had no declaration record for the names
// they use), and package initialisation ordered through method calls: a
// variable whose initialiser calls a method depends on what that method
// uses, as the spec's "references" to methods say.
package main

import "fmt"

type T struct{ n int }

var a = T{1}.Get() + b // needs b, and through Get, scale
var b = (&T{2}).Twice()
var scale = initScale()

var log []string

func initScale() int {
	log = append(log, "scale")
	return 10
}

func helper(x int) int { return x * scale }

func (t T) Get() int {
	log = append(log, "Get")
	return helper(t.n)
}

func (t *T) Twice() int {
	log = append(log, "Twice")
	return 2 * t.Get()
}

type Counter struct{ hits int }

var total int

func (c *Counter) Hit() {
	c.hits++
	total++
	note("hit")
}

func note(s string) { log = append(log, s) }

func main() {
	fmt.Println(a, b, scale)
	fmt.Println(log)
	var c Counter
	c.Hit()
	c.Hit()
	fmt.Println(c.hits, total, len(log))
}

// Output:
// 50 40 10
// [scale Twice Get Get]
// 2 2 6
