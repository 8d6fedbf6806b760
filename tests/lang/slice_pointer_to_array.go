package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	p := &arr
	s := p[:]
	fmt.Println(s, len(s), cap(s))
	s[0] = 10
	fmt.Println(arr[0], p[0])
	t := p[2:]
	u := (*p)[:2]
	fmt.Println(t, u)
	pa := new([3]string)
	pa[1] = "mid"
	ss := pa[:]
	ss[2] = "end"
	fmt.Printf("%q\n", *pa)
	for i, v := range pa {
		fmt.Printf("%d=%q\n", i, v)
	}
}

// Output:
// [1 2 3 4 5] 5 5
// 10 10
// [3 4 5] [10 2]
// ["" "mid" "end"]
// 0=""
// 1="mid"
// 2="end"
