package main

import "fmt"

func main() {
	var nilSlice []int
	empty := []int{}
	made := make([]int, 0)
	fmt.Println(nilSlice == nil, empty == nil, made == nil)
	fmt.Println(len(nilSlice), cap(nilSlice), len(empty), cap(empty))
	fmt.Println(nilSlice, empty, made)
	fmt.Printf("%v %v\n", nilSlice, empty)
	fmt.Printf("%#v %#v\n", nilSlice, empty)
	fmt.Printf("%d %q\n", nilSlice, []string(nil))
	for range nilSlice {
		fmt.Println("never")
	}
	nilSlice = append(nilSlice, 1)
	fmt.Println(nilSlice, nilSlice == nil)
	sub := empty[0:0]
	fmt.Println(sub == nil, len(sub))
	var s2 []int
	s3 := s2[:]
	fmt.Println(s3 == nil)
}

// Output:
// true false false
// 0 0 0 0
// [] [] []
// [] []
// []int(nil) []int{}
// [] []
// [1] false
// false 0
// true
