package main

import "fmt"

func main() {
	b := make([]byte, 5)
	n := copy(b, "hello, world")
	fmt.Println(n, string(b))
	n = copy(b[3:], "XYZ")
	fmt.Println(n, string(b))
	buf := make([]byte, 10)
	n = copy(buf, "héé")
	fmt.Println(n, buf[:n], string(buf[:n]))
	fmt.Println(copy(buf, ""))
}

// Output:
// 5 hello
// 2 helXY
// 5 [104 195 169 195 169] héé
// 0
