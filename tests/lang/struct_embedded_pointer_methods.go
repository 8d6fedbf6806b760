package main

import "fmt"

type Counter struct {
	n int
}

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Value() int { return c.n }

type Named struct {
	Counter
	name string
}

type Shared struct {
	*Counter
	label string
}

func main() {
	var a Named
	a.Inc() // (&a.Counter).Inc()
	a.Inc()
	fmt.Println(a.Value(), a.n, a.Counter.Value())
	b := a
	b.Inc()
	fmt.Println(a.Value(), b.Value())
	c := &Counter{}
	s1 := Shared{c, "one"}
	s2 := Shared{c, "two"}
	s1.Inc()
	s2.Inc()
	s2.Inc()
	fmt.Println(s1.Value(), s2.Value(), c.n, s1.label, s2.label)
	list := []Named{{name: "x"}, {name: "y"}}
	for i := range list {
		for j := 0; j <= i; j++ {
			list[i].Inc()
		}
	}
	fmt.Println(list[0].Value(), list[1].Value())
	m := map[string]*Named{"k": {name: "k"}}
	m["k"].Inc()
	fmt.Println(m["k"].Value())
}

// Output:
// 2 2 2
// 2 3
// 3 3 3 one two
// 1 2
// 1
