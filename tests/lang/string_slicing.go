package main

import "fmt"

func main() {
	s := "0123456789"
	i, j := 2, 7
	fmt.Println(s[i:j], s[i:], s[:j], s[j:j], len(s[i:j]))
	t := s[3:8]
	fmt.Println(t, t[1:3], t[0], len(t))
	u := s[len(s):]
	fmt.Println(u == "", len(u))
	w := "héllo"
	fmt.Println(w[1:3], w[0:3], len(w[1:2]))
}

// Output:
// 23456 23456789 0123456  5
// 34567 45 51 5
// true 0
// é hé 1
