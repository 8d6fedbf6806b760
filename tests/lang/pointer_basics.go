package main

import "fmt"

func main() {
	x := 10
	p := &x
	*p = 20
	fmt.Println(x, *p)
	q := p
	*q += 5
	fmt.Println(x, *p, *q, p == q)
	y := 25
	fmt.Println(p == &y, *p == y)
	pp := &p
	**pp = 1
	fmt.Println(x)
	*pp = &y
	fmt.Println(*p, x)
	var np *int
	fmt.Println(np == nil, np)
}

// Output:
// 20 20
// 25 25 25 true
// false true
// 1
// 25 1
// true <nil>
