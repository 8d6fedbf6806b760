package main

import "fmt"

func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < 0x80:
			i++
		case c>>5 == 0x6:
			i += 2
		case c>>4 == 0xE:
			i += 3
		default:
			i += 4
		}
		n++
	}
	return n
}

func main() {
	for _, s := range []string{"", "abc", "héllo", "日本語", "😀!"} {
		fmt.Println(len(s), runeCount(s), len([]rune(s)))
	}
}

// Output:
// 0 0 0
// 3 3 3
// 6 5 5
// 9 3 3
// 5 2 2
