package main

import "fmt"

func main() {
	s := "hello"
	t := ", world"
	u := s + t
	fmt.Println(u, len(u), len(""))
	fmt.Println(s[0], s[4], u[5])
	fmt.Println(s[1:3], s[:2], s[3:], s[5:], s[:])
	s += "!"
	fmt.Println(s, len(s))
	e := "héllo, 世界"
	fmt.Println(len(e), e[1], e[2], e[7:])
	var empty string
	fmt.Println(empty == "", len(empty))
}

// Output:
// hello, world 12 0
// 104 111 44
// el he lo  hello
// hello! 6
// 14 195 169  世界
// true 0
