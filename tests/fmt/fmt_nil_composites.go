package main

import "fmt"

type T struct {
	S []int
	M map[string]int
	P *T
	F func()
	I interface{}
}

func main() {
	var t T
	fmt.Printf("%v\n%+v\n", t, t)
	var ps *T
	var s []string
	var m map[int]bool
	var i interface{}
	var f func(int) int
	fmt.Println(ps, s, m, i, f == nil)
	fmt.Printf("%v %+v %d %s %#v\n", ps, s, s, s, s)
	fmt.Printf("%#v %#v %T %T %T\n", m, i, ps, i, f)
	fmt.Printf("[%5v] [%-5v] [%q]\n", s, m, s)
	arr := [2]*int{}
	fmt.Println(arr[0] == nil, len(arr))
	mp := map[string][]int{"none": nil, "empty": {}}
	fmt.Printf("%v %#v\n", mp, mp)
}

// Output:
// {[] map[] <nil> <nil> <nil>}
// {S:[] M:map[] P:<nil> F:<nil> I:<nil>}
// <nil> [] map[] <nil> true
// <nil> [] [] [] []string(nil)
// map[int]bool(nil) <nil> *main.T <nil> func(int) int
// [[]] [map[]] [[]]
// true 2
// map[empty:[] none:[]] map[string][]int{"empty":[]int{}, "none":[]int(nil)}
