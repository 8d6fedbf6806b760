package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	// Without a max, append writes into base's array.
	a := base[2:4]
	a = append(a, 100)
	fmt.Println(base, a, len(a), cap(a))
	// With max == high, append must reallocate.
	b := base[2:4:4]
	b = append(b, 200)
	fmt.Println(base, b, len(b), cap(b))
	// A three-index slice of an array and of a pointer to an array.
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	c := arr[1:3:5]
	fmt.Println(c, len(c), cap(c))
	c = c[:cap(c)]
	fmt.Println(c)
	pa := &arr
	d := pa[:0:2]
	d = append(d, "X", "Y")
	fmt.Println(arr, d)
	d = append(d, "Z")
	d[0] = "z"
	fmt.Println(arr, d)
	e := base[:0:0]
	fmt.Println(e == nil, len(e), cap(e))
	f := base[8:]
	fmt.Println(len(f), cap(f), f == nil)
}

// Output:
// [0 1 2 3 100 5 6 7] [2 3 100] 3 6
// [0 1 2 3 100 5 6 7] [2 3 200] 3 4
// [b c] 2 4
// [b c d e]
// [X Y c d e f] [X Y]
// [X Y c d e f] [z Y Z]
// false 0 0
// 0 0 false
