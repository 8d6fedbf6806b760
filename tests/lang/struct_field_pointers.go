package main

import "fmt"

type Inner struct {
	G [4]int
}

type Outer struct {
	F  Inner
	Fs []Inner
}

func main() {
	var x Outer
	p := &x.F.G[2]
	*p = 7
	fmt.Println(x.F.G)
	q := &x.F
	q.G[0] = 1
	fmt.Println(x.F)
	x.Fs = make([]Inner, 2)
	r := &x.Fs[1].G[3]
	*r = 9
	fmt.Println(x.Fs)
	ptr := &x
	s := &ptr.F.G[1]
	*s = 5
	fmt.Println(x.F.G, *p+*s)
	arr := [3]Outer{}
	t := &arr[1].F.G[0]
	*t = 42
	fmt.Println(arr[1].F.G[0])
}

// Output:
// [0 0 7 0]
// {[1 0 7 0]}
// [{[0 0 0 0]} {[0 0 0 9]}]
// [1 5 7 0] 12
// 42
