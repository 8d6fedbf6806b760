package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(s[0:5])
	fmt.Println(s[7:])
	fmt.Println(s[:5] + "!")
	fmt.Printf("%q %q\n", s[3:3], s[len(s):])
	u := "日本語"
	fmt.Println(len(u), u[3:6], u[:3])
	fmt.Printf("%q\n", u[1:4])
	sub := s[7:12]
	fmt.Println(sub, len(sub), sub[1:3])
	i, j := 2, 4
	fmt.Println(s[i:j], s[j:], s[:i])
}

// Output:
// hello
// world
// hello!
// "" ""
// 9 本 日
// "\x97\xa5\xe6"
// world 5 or
// ll o, world he
