package main

import "fmt"

func main() {
	// When the appended length is more than twice the old capacity, Go
	// grows to the needed length, then rounds up to a size class.
	s := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println(len(s), cap(s))
	s = append(s, make([]int, 20)...)
	fmt.Println(len(s), cap(s))
	b := append([]byte{}, "hello, world"...)
	fmt.Println(len(b), cap(b))
	b = append(b, make([]byte, 100)...)
	fmt.Println(len(b), cap(b))
	var ss []string
	ss = append(ss, "a", "b", "c")
	fmt.Println(len(ss), cap(ss))
	big := make([]int, 1000)
	t := append([]int{1}, big...)
	fmt.Println(len(t), cap(t))
	t = append(t, 1)
	fmt.Println(len(t), cap(t))
	u := make([]int, 300, 300)
	u = append(u, 1)
	fmt.Println(len(u), cap(u))
	v := make([]int64, 256)
	v = append(v, 1)
	fmt.Println(len(v), cap(v))
	w := make([]byte, 5000)
	w = append(w, 1)
	fmt.Println(len(w), cap(w))
}

// Output:
// 5 6
// 25 26
// 12 16
// 112 112
// 3 3
// 1001 1024
// 1002 1024
// 301 608
// 257 512
// 5001 6528
