package main

import (
	"fmt"
	"sort"
)

func main() {
	x := []int{5, -2, 8, 1, 9, 3, 0, -7, 8, 1}
	fmt.Println(sort.IntsAreSorted(x))
	sort.Ints(x)
	fmt.Println(x, sort.IntsAreSorted(x))
	var empty []int
	sort.Ints(empty)
	sort.Ints([]int{1})
	fmt.Println(empty, sort.IntsAreSorted(nil))
	s := []string{"pear", "Apple", "fig", "apple", "", "banana", "fig", "äpfel", "Zebra"}
	fmt.Println(sort.StringsAreSorted(s))
	sort.Strings(s)
	fmt.Printf("%q %v\n", s, sort.StringsAreSorted(s))
	// a sub-slice sorts in place within its parent
	y := []int{9, 8, 7, 6, 5, 4, 3, 2, 1}
	sort.Ints(y[2:7])
	fmt.Println(y)
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1000
	}
	sort.Ints(big)
	fmt.Println(big[:5], big[995:], sort.IntsAreSorted(big))
}

// Output:
// false
// [-7 -2 0 1 1 3 5 8 8 9] true
// [] true
// false
// ["" "Apple" "Zebra" "apple" "banana" "fig" "fig" "pear" "äpfel"] true
// [9 8 3 4 5 6 7 2 1]
// [0 1 2 3 4] [995 996 997 998 999] true
