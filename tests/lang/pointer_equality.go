package main

import "fmt"

type T struct{ V int }

func main() {
	a := &T{1}
	b := &T{1}
	c := a
	fmt.Println(a == b, a == c, *a == *b)
	var n1, n2 *T
	fmt.Println(n1 == n2, n1 == nil, a != nil)
	arr := [3]int{}
	fmt.Println(&arr[0] == &arr[0], &arr[0] == &arr[1])
	s := arr[:]
	fmt.Println(&s[1] == &arr[1])
	x := T{5}
	px1, px2 := &x, &x
	fmt.Println(px1 == px2)
	field := &x.V
	fmt.Println(field == &px1.V)
	var i1, i2 interface{} = a, c
	fmt.Println(i1 == i2)
}

// Output:
// false true true
// true true true
// true false
// true
// true
// true
// true
