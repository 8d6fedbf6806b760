package main

import (
	"fmt"
	"sort"
)

func main() {
	is := sort.IntSlice{5, 2, 9, 1}
	fmt.Println(is.Len(), is.Less(0, 1), is.Less(1, 0))
	is.Swap(0, 3)
	fmt.Println(is)
	is.Sort()
	fmt.Println(is, sort.IsSorted(is))
	ss := sort.StringSlice{"go", "c", "rust", "lua"}
	ss.Sort()
	fmt.Println(ss, ss.Search("lua"), ss.Len())
	fs := sort.Float64Slice{2.5, -1, 3}
	fs.Sort()
	fmt.Println(fs, fs.Less(0, 1))
	var iface sort.Interface = is
	fmt.Println(iface.Len())
	fmt.Printf("%T %T %T\n", is, ss, fs)
	x := []int{3, 2, 1}
	sort.Sort(sort.IntSlice(x))
	fmt.Println(x)
}

// Output:
// 4 false true
// [1 2 9 5]
// [1 2 5 9] true
// [c go lua rust] 2 4
// [-1 2.5 3] true
// 4
// sort.IntSlice sort.StringSlice sort.Float64Slice
// [1 2 3]
