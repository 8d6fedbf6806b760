package main

import (
	"fmt"
	"sort"
)

func compare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func main() {
	a := []int{1, 3, 5, 7, 9, 11}
	for _, x := range []int{0, 1, 2, 9, 11, 12} {
		fmt.Print(sort.SearchInts(a, x), " ")
	}
	fmt.Println()
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	fmt.Println(sort.Search(0, func(i int) bool { return true }), sort.Search(10, func(i int) bool { return false }))
	s := []string{"apple", "banana", "cherry", "date"}
	fmt.Println(sort.SearchStrings(s, "banana"), sort.SearchStrings(s, "blueberry"), sort.SearchStrings(s, "zebra"))
	fmt.Println(sort.IntSlice(a).Search(7), sort.StringSlice(s).Search("c"), sort.Float64Slice{1, 2, 3}.Search(2.5))
	i, found := sort.Find(len(s), func(i int) int { return compare("cherry", s[i]) })
	fmt.Println(i, found)
	i, found = sort.Find(len(s), func(i int) int { return compare("coconut", s[i]) })
	fmt.Println(i, found)
	i, found = sort.Find(0, func(i int) int { return 0 })
	fmt.Println(i, found)
	// guess a number by bisection, counting the questions
	secret, asked := 6174, 0
	g := sort.Search(10000, func(n int) bool { asked++; return n >= secret })
	fmt.Println(g, asked)
}


// Output:
// 0 0 1 4 5 6 
// 8
// 0 10
// 1 2 4
// 3 2 2
// 2 true
// 3 false
// 0 false
// 6174 14
