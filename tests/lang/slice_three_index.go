package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	s := base[2:4:5]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 40)
	fmt.Println(base)
	s = append(s, 50)
	s[0] = -2
	fmt.Println(base, s)

	arr := [5]string{"a", "b", "c", "d", "e"}
	t := arr[1:2:3]
	fmt.Println(t, len(t), cap(t))
	u := arr[:0:0]
	fmt.Println(len(u), cap(u), u == nil)
	p := &arr
	v := p[1:3:4]
	fmt.Println(v, cap(v))
	w := base[:3:3]
	w = append(w, 99)
	fmt.Println(w, base[3])
}

// Output:
// [2 3] 2 3
// [0 1 2 3 40 5 6 7]
// [0 1 2 3 40 5 6 7] [-2 3 40 50]
// [b] 1 2
// 0 0 false
// [b c] 3
// [0 1 2 99] 3
