// One-word slice and array elements are read and written without making
// their address (LDIDX, STIDX); Go evaluates index operands before any
// assignment, so a variable assigned in the same statement must not change
// which element is stored to.
package main

import "fmt"

type P struct{ x, y int }

func get() int { return 1 }

func main() {
	a := []int{10, 20, 30}
	i := 0
	i, a[i] = 2, 5
	fmt.Println(i, a)
	b := []int{1, 2, 3}
	a, a[1] = b, 99
	fmt.Println(a, b)
	a[0], a[2] = a[2], a[0]
	fmt.Println(a)
	var arr [4]float64
	for j := range arr {
		arr[j] = float64(j) * 1.5
	}
	fmt.Println(arr)
	ps := []*P{{1, 2}, {3, 4}}
	ps[1].x += 10
	p := &ps[0]
	(*p).y = 7
	fmt.Println(*ps[0], *ps[1])
	s := 0
	for _, v := range a {
		s += v
	}
	fmt.Println(s)
	q := &a[1]
	*q = 42
	fmt.Println(a)
	a[get()]++
	fmt.Println(a)
	us := []uint64{1 << 63, 5}
	us[1] = us[0] >> 3
	fmt.Println(us)
	defer func() { fmt.Println(recover()) }()
	k := 5
	a[k] = 1
}

// Output:
// 2 [5 20 30]
// [1 2 3] [1 2 3]
// [3 2 1]
// [0 1.5 3 4.5]
// {1 7} {13 4}
// 6
// [3 42 1]
// [3 43 1]
// [9223372036854775808 1152921504606846976]
// runtime error: index out of range [5] with length 3
