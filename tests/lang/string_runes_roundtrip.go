package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界"
	r := []rune(s)
	fmt.Println(len(s), len(r))
	fmt.Println(r)
	fmt.Println(string(r[7:]))
	fmt.Println(reverse(s))
	fmt.Println([]rune("a\xffb"))
	fmt.Println(string([]rune{0x48, 0x49, -1, 0x10FFFF + 1}))
	fmt.Println(len(string([]rune{'€'})))
}

// Output:
// 14 9
// [104 233 108 108 111 44 32 19990 30028]
// 世界
// 界世 ,olléh
// [97 65533 98]
// HI��
// 3
