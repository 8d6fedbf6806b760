package main

import "fmt"

func describe(name string, s []int) {
	fmt.Printf("%s: nil=%v len=%d cap=%d %v %#v\n", name, s == nil, len(s), cap(s), s, s)
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := make([]int, 0, 4)
	describe("var", a)
	describe("lit", b)
	describe("make", c)
	describe("make4", d)
	describe("nil[:0]", a[:0])
	describe("nil[0:0:0]", a[0:0:0])
	describe("b[:0]", b[:0])
	describe("append(nil)", append(a))
	describe("append(nil, nil...)", append(a, a...))
	describe("append(b, nil...)", append(b, a...))
	describe("append(nil, 1)", append(a, 1))
	for range a {
		fmt.Println("never")
	}
	fmt.Println(len(a[:]), copy(a, b))
	var bs []byte
	fmt.Printf("%q %q %v\n", string(bs), bs, []byte("") == nil)
	var ss []string
	fmt.Printf("%v %d %#v\n", ss, ss, ss)
}

// Output:
// var: nil=true len=0 cap=0 [] []int(nil)
// lit: nil=false len=0 cap=0 [] []int{}
// make: nil=false len=0 cap=0 [] []int{}
// make4: nil=false len=0 cap=4 [] []int{}
// nil[:0]: nil=true len=0 cap=0 [] []int(nil)
// nil[0:0:0]: nil=true len=0 cap=0 [] []int(nil)
// b[:0]: nil=false len=0 cap=0 [] []int{}
// append(nil): nil=true len=0 cap=0 [] []int(nil)
// append(nil, nil...): nil=true len=0 cap=0 [] []int(nil)
// append(b, nil...): nil=false len=0 cap=0 [] []int{}
// append(nil, 1): nil=false len=1 cap=1 [1] []int{1}
// 0 0
// "" "" false
// [] [] []string(nil)
