package main

import "fmt"

func reverse(s string) string {
	r := ""
	for i := len(s) - 1; i >= 0; i-- {
		r += s[i : i+1]
	}
	return r
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func main() {
	fmt.Println(reverse("stressed"), count("banana", 'a'), count("", 'x'))
	sum := 0
	s := "The quick brown fox"
	for i := 0; i < len(s); i++ {
		sum += int(s[i])
	}
	fmt.Println(sum)
	up := ""
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 32
		}
		up += string(rune(c))
	}
	fmt.Println(up)
}

// Output:
// desserts 3 0
// 1811
// THE QUICK BROWN FOX
