package main

import "fmt"

type Key struct{ A, B int }

type E struct{ msg string }

func (e E) Error() string { return e.msg }

type PE struct{ msg string }

func (e *PE) Error() string { return e.msg }

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func main() {
	var a interface{} = 3
	fmt.Println(a == 3, 3 == a, a != 3, a == 3.0, a == "3", a == int64(3))
	k := Key{1, 2}
	a = k
	fmt.Println(a == k, k == a, a == Key{1, 2}, Key{2, 1} != a)
	x := E{"boom"}
	var e error = x
	fmt.Println(e == x, x == e, e != x, e == E{"other"})
	p := &PE{"p"}
	e = p
	fmt.Println(e == p, p == e, e == &PE{"p"})
	var sh Shape = Sq{2}
	fmt.Println(sh == Sq{2}, Sq{3} == sh)
	a = "str"
	s := "str"
	fmt.Println(a == s, s == a, a == "str"+"")
	a = 2.5
	f := 2.5
	fmt.Println(a == f, a == 2.5, a == float32(2.5))
	a = []int{1}
	fmt.Println(a == 3, a == k)
	switch a := interface{}(7); a {
	case 6:
		fmt.Println("six")
	case 7:
		fmt.Println("seven")
	}
	switch 7 {
	case a:
		fmt.Println("a")
	default:
		fmt.Println("default")
	}
	switch k {
	case Key{2, 1}:
		fmt.Println("wrong key")
	case Key{1, 2}:
		fmt.Println("key matched")
	}
	switch e {
	case nil:
		fmt.Println("nil error")
	case p:
		fmt.Println("the *PE")
	}
	switch 2.5 {
	case f:
		fmt.Println("float case")
	}
	switch "b" {
	case "a", s, "b":
		fmt.Println("string case")
	}
	var nilE error
	fmt.Println(nilE == nil, nilE == error(nil))
	var b byte = 'x'
	a = b
	fmt.Println(a == b, a == 'x', a == byte('x'))
	arr := [2]string{"a", "b"}
	a = arr
	fmt.Println(a == arr, arr == a)
}
// Output:
// true true false false false false
// true true true true
// true true false false
// true true false
// true false
// true true true
// true true false
// false false
// seven
// default
// key matched
// the *PE
// float case
// string case
// true true
// true false true
// true true
