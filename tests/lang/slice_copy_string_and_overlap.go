package main

import "fmt"

func main() {
	buf := make([]byte, 8)
	n := copy(buf, "gopher!!!")
	fmt.Println(n, string(buf))
	n = copy(buf[5:], "xyz123")
	fmt.Println(n, string(buf))
	n = copy(buf, "")
	fmt.Println(n)
	s := []int{1, 2, 3, 4, 5, 6}
	n = copy(s[1:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	var none []int
	fmt.Println(copy(none, s), copy(s, none), s)
	words := []string{"a", "b", "c"}
	dst := make([]string, 2, 10)
	fmt.Println(copy(dst, words), dst, len(dst))
	arr := [4]int{9, 9, 9, 9}
	fmt.Println(copy(arr[:], []int{1, 2}), arr)
	runes := []rune("héllo")
	rs := make([]rune, 3)
	copy(rs, runes[1:])
	fmt.Println(string(rs), len(runes))
	bs := []byte("héllo")
	fmt.Println(copy(bs, "é"), bs)
}

// Output:
// 8 gopher!!
// 3 gophexyz
// 0
// 5 [1 1 2 3 4 5]
// 4 [3 4 5 6 5 6]
// 0 0 [3 4 5 6 5 6]
// 2 [a b] 2
// 2 [1 2 9 9]
// éll 5
// 2 [195 169 169 108 108 111]
