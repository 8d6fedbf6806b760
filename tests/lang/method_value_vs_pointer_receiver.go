package main

import "fmt"

type Counter struct {
	n int
}

func (c Counter) Get() int { return c.n }
func (c Counter) IncCopy() { c.n++ }
func (c *Counter) Inc()    { c.n++ }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

func main() {
	var c Counter
	c.IncCopy()
	fmt.Println(c.Get())
	c.Inc()
	c.Inc()
	fmt.Println(c.Get())
	p := &c
	p.IncCopy()
	p.Inc()
	fmt.Println(p.Get(), c.n)
	c.Add(10).Add(100).Inc()
	fmt.Println(c.Get())
	cs := []Counter{{1}, {2}}
	cs[1].Inc()
	fmt.Println(cs)
}

// Output:
// 0
// 2
// 3 3
// 114
// [{1} {3}]
