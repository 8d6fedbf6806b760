package main

import "fmt"

type T struct{ A int }

type Doer interface{ Do() }

func main() {
	var s []int
	var m map[string]int
	var p *T
	var i interface{}
	var f func(int) int
	var d Doer
	var e error
	fmt.Println(s, m, p, i, f == nil, d, e)
	fmt.Printf("%v %v %v %v %v %v\n", s, m, p, i, d, e)
	fmt.Printf("%+v %+v %+v %+v\n", s, m, p, i)
	fmt.Printf("%#v %#v %#v %#v\n", s, m, p, i)
	fmt.Printf("%#v %#v\n", d, e)
	fmt.Printf("%T %T %T %T %T %T\n", s, m, p, i, f, e)
	fmt.Printf("%v %#v\n", f, f)
	fmt.Printf("%d %s\n", s, s)
	fmt.Printf("[%s] [%d]\n", i, p)
	type Holder struct {
		S []int
		M map[int]int
		P *T
		I interface{}
		F func()
	}
	fmt.Printf("%v\n%+v\n", Holder{}, Holder{})
	fmt.Printf("%#v\n", Holder{})
}

// Output:
// [] map[] <nil> <nil> true <nil> <nil>
// [] map[] <nil> <nil> <nil> <nil>
// [] map[] <nil> <nil>
// []int(nil) map[string]int(nil) (*main.T)(nil) <nil>
// <nil> <nil>
// []int map[string]int *main.T <nil> func(int) int <nil>
// <nil> (func(int) int)(nil)
// [] []
// [%!s(<nil>)] [0]
// {[] map[] <nil> <nil> <nil>}
// {S:[] M:map[] P:<nil> I:<nil> F:<nil>}
// main.Holder{S:[]int(nil), M:map[int]int(nil), P:(*main.T)(nil), I:interface {}(nil), F:(func())(nil)}
