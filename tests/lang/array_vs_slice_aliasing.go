package main

import "fmt"

func main() {
	// An array of slices copies the headers: the copies share elements.
	var as [2][]int
	as[0] = []int{1, 2}
	as[1] = []int{3}
	bs := as
	bs[0][0] = 100
	bs[1] = append(bs[1], 4)
	fmt.Println(as, bs)

	// A slice of arrays shares the arrays themselves.
	sa := [][2]int{{1, 2}, {3, 4}}
	sb := sa
	sb[0][1] = 200
	fmt.Println(sa, sb)
	row := sa[1]
	row[0] = 300
	fmt.Println(sa[1], row)

	// A pointer to an array shares; an array value copies.
	arr := [3]string{"a", "b", "c"}
	p := &arr
	cp := arr
	p[0] = "A"
	cp[1] = "B"
	fmt.Println(arr, *p, cp)
	s := arr[:]
	s[2] = "C"
	fmt.Println(arr, len(s), cap(s))
	s = append(s, "d")
	s[0] = "x"
	fmt.Println(arr, s)
}

// Output:
// [[100 2] [3]] [[100 2] [3 4]]
// [[1 200] [3 4]] [[1 200] [3 4]]
// [3 4] [300 4]
// [A b c] [A b c] [a B c]
// [A b C] 3 3
// [A b C] [x b C d]
