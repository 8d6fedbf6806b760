package main

import "fmt"

type Inner struct {
	A byte
	B int64
}

type Outer struct {
	Name  string
	Count int
	Ratio float64
	On    bool
	In    Inner
	Ptr   *Inner
	List  []int
	Meta  map[string]string
	Any   interface{}
}

func main() {
	var o Outer
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	o.In.B = 7
	o.List = append(o.List, 1)
	fmt.Println(o.In, o.List, o.Ptr == nil, o.Meta == nil, o.Any == nil)
}

// Output:
// { 0 0 false {0 0} <nil> [] map[] <nil>}
// {Name: Count:0 Ratio:0 On:false In:{A:0 B:0} Ptr:<nil> List:[] Meta:map[] Any:<nil>}
// {0 7} [1] true true true
