package main

import "fmt"

func main() {
	arr := [5]int{10, 20, 30, 40, 50}
	p := &arr[2]
	*p += 3
	fmt.Println(arr, *p)
	pa := &arr
	pa[0] = 1
	(*pa)[1] = 2
	fmt.Println(arr, len(pa), pa[4])
	for i, v := range pa {
		if i == 0 {
			pa[4] = 99 // range over a pointer to an array does not copy
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	s := []int{1, 2, 3}
	q := &s[1]
	s = append(s, 4) // reallocates: q points into the old array
	*q = 200
	fmt.Println(s, *q)
	t := make([]int, 3, 10)
	r := &t[0]
	t = append(t, 5) // no reallocation: r still aliases t[0]
	*r = 7
	fmt.Println(t)
	ptrs := []*int{}
	for i := range arr {
		ptrs = append(ptrs, &arr[i])
	}
	for _, pp := range ptrs {
		*pp *= 2
	}
	fmt.Println(arr, ptrs[1] == &arr[1], ptrs[0] == ptrs[1])
	grid := [2][2]string{}
	cell := &grid[1][0]
	*cell = "x"
	row := &grid[0]
	row[1] = "y"
	fmt.Printf("%q\n", grid)
}

// Output:
// [10 20 33 40 50] 33
// [1 2 33 40 50] 5 50
// 1 2 33 40 99 
// [1 2 3 4] 200
// [7 0 0 5]
// [2 4 66 80 198] true false
// [["" "y"] ["x" ""]]
