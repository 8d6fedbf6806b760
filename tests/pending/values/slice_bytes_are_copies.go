package main

import "fmt"

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = 'j'
	fmt.Println(s, string(b))
	s2 := string(b)
	b[1] = 'u'
	fmt.Println(s2, string(b))
	r := []rune("héllo")
	r[1] = 'a'
	fmt.Println(string(r), len(r))
	c := []byte("")
	fmt.Println(len(c), c == nil)
}

// Output:
// hello jello
// jello jullo
// hallo 5
// 0 false
