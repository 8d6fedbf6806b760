package main

import "fmt"

type Temp int

type Err struct{ Code int }

func (e *Err) Error() string { return "err" }

type Key struct {
	A string
	B int
}

func find(fail bool) error {
	var e *Err
	if fail {
		e = &Err{1}
	}
	return e // a nil *Err in an error is not a nil error
}

func main() {
	var a, b interface{} = 3, 3
	fmt.Println(a == b, a == interface{}(int64(3)), a == interface{}(Temp(3)), a == 3, a != 3.0)
	a, b = "x", "x"
	fmt.Println(a == b, a == "x")
	a, b = Key{"k", 1}, Key{"k", 1}
	fmt.Println(a == b, a == Key{"k", 2})
	a, b = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(a == b)
	p := &Key{}
	a, b = p, p
	fmt.Println(a == b, a == interface{}(&Key{}))
	var n1, n2 interface{}
	fmt.Println(n1 == n2, n1 == nil, a == nil)
	e := find(false)
	fmt.Println(e == nil, e != nil)
	fmt.Println(find(true) == nil)
	var e2 error
	fmt.Println(e2 == nil)
	var s1, s2 interface{ String() string }
	fmt.Println(s1 == s2)
	m := map[interface{}]int{}
	m[Key{"a", 1}] = 1
	fmt.Println(m[Key{"a", 1}], m[interface{}(Key{"a", 1})])
}

// Output:
// true false false true true
// true true
// true false
// true
// true false
// true true false
// false true
// false
// true
// true
// 1 1
