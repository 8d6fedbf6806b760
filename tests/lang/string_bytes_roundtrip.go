package main

import "fmt"

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func main() {
	fmt.Println(upper("Hello, gopher 123"))
	b := []byte{72, 105, 33}
	s := string(b)
	b[0] = 'h'
	fmt.Println(s, string(b))
	fmt.Println(string([]byte{}) == "", string([]byte(nil)) == "")
	fmt.Println([]byte("abc"), []byte("é"))
	fmt.Println(string(b[1:]))
}

// Output:
// HELLO, GOPHER 123
// Hi! hi!
// true true
// [97 98 99] [195 169]
// i!
