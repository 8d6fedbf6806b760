package main

import "fmt"

type Counter struct{ n int }

var step = defaultStep()

func defaultStep() int { return 2 }

func (c *Counter) Inc() int {
	c.n += step
	return double(c.n)
}

func (c Counter) Show() string {
	return label() + fmt.Sprint(c.n)
}

func double(x int) int { return 2 * x }

func label() string { return "count=" }

func main() {
	c := &Counter{}
	c.Inc()
	fmt.Println(c.Inc(), c.Show())
}

// Output:
// 8 count=4
