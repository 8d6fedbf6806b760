package main

import "fmt"

type Pair struct {
	K string
	V int
}

func main() {
	var ints [3]int
	var strs [2]string
	var bools [2]bool
	var floats [2]float64
	var pairs [2]Pair
	var ptrs [2]*int
	var ifaces [2]interface{}
	fmt.Println(ints, strs, bools, floats)
	fmt.Println(pairs, ptrs, ifaces)
	fmt.Printf("%q %+v\n", strs, pairs)
	fmt.Println(ptrs[0] == nil, ifaces[1] == nil)
}

// Output:
// [0 0 0] [ ] [false false] [0 0]
// [{ 0} { 0}] [<nil> <nil>] [<nil> <nil>]
// ["" ""] [{K: V:0} {K: V:0}]
// true true
