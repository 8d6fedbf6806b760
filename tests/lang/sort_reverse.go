package main

import (
	"fmt"
	"sort"
)

func main() {
	x := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	sort.Sort(sort.Reverse(sort.IntSlice(x)))
	fmt.Println(x)
	s := []string{"b", "c", "a", "d"}
	sort.Sort(sort.Reverse(sort.StringSlice(s)))
	fmt.Println(s)
	f := sort.Float64Slice{1.5, -2, 3.25, 0}
	sort.Stable(sort.Reverse(f))
	fmt.Println(f)
	rev := sort.Reverse(sort.IntSlice(x))
	fmt.Println(sort.IsSorted(rev), rev.Len(), rev.Less(0, 1))
	fmt.Printf("%T\n", rev)
	// reversing twice is ascending again
	sort.Sort(sort.Reverse(sort.Reverse(sort.IntSlice(x))))
	fmt.Println(x)
}

// Output:
// [9 6 5 5 5 4 3 3 2 1 1]
// [d c b a]
// [3.25 1.5 0 -2]
// true 11 true
// *sort.reverse
// [1 1 2 3 3 4 5 5 5 6 9]
