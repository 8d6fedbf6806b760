package main

import "fmt"

type Box struct{ V int }

func (b Box) Get() int { return b.V }

type Getter interface{ Get() int }

func main() {
	b := Box{1}
	var g Getter = b
	b.V = 2
	fmt.Println(g.Get(), b.Get())
	var gp Getter = &b
	b.V = 3
	fmt.Println(gp.Get())
	arr := [2]int{1, 2}
	var ai interface{} = arr
	arr[0] = 100
	fmt.Println(ai, arr)
	s := []int{1, 2}
	var si interface{} = s
	s[0] = 100
	fmt.Println(si)
}

// Output:
// 1 2
// 3
// [1 2] [100 2]
// [100 2]
