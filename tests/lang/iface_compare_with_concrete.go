package main

import "fmt"

type E struct{ Code int }

func (e E) Error() string { return "e" }

type Color int

func main() {
	var e error = E{1}
	var a interface{} = E{1}
	fmt.Println(a == e, e == a, a != e, e == E{1}, E{2} == e)
	var p *int
	var pi interface{} = p
	fmt.Println(pi == p, p == pi, pi == nil, p == nil)
	var sl interface{} = []int{1}
	fmt.Println(sl == 3, sl == "x", 3 == sl)
	b := true
	var bi interface{} = true
	fmt.Println(b == bi, bi == true, bi == false, bi != b)
	var ci interface{} = Color(2)
	fmt.Println(ci == 2, ci == Color(2), ci == int(2), Color(2) == ci)
	s := "go"
	var si interface{} = "go"
	fmt.Println(si == s, s+"" == si, si == "Go", "go" == si)
	var f64 interface{} = 1.5
	fmt.Println(f64 == 1.5, f64 == float32(1.5), f64 == 1)
	arr := [2]string{"a", "b"}
	var ai interface{} = arr
	fmt.Println(ai == arr, ai == [2]string{"a"}, [2]string{"a", "b"} == ai)
	vals := []interface{}{1, "1", 1.0, int8(1), nil}
	for _, v := range vals {
		fmt.Print(v == 1, v == "1", v == 1.0, v == nil, " ")
	}
	fmt.Println()
}

// Output:
// true true false true false
// true true false true
// false false false
// true true false false
// false true false true
// true true false true
// true false false
// true false true
// true false false false false true false false false false true false false false false false false false false true 
