package main

import "fmt"

type Counter struct {
	Name string
	N    int
}

func newCounter(name string) *Counter {
	return &Counter{Name: name}
}

func main() {
	c := &Counter{"clicks", 0}
	c.N++
	(*c).N++
	fmt.Println(c.N, *c)
	d := newCounter("views")
	e := newCounter("views")
	d.N = 10
	fmt.Println(d.N, e.N, d == e, *d == *e)
	fmt.Println(c)
	fmt.Printf("%+v\n", d)
	empty := &Counter{}
	fmt.Println(empty, empty.Name == "")
}

// Output:
// 2 {clicks 2}
// 10 0 false false
// &{clicks 2}
// &{Name:views N:10}
// &{ 0} true
