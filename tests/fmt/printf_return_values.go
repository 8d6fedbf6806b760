package main

import "fmt"

func main() {
	n, err := fmt.Printf("%s %d\n", "héllo", 42)
	fmt.Println(n, err == nil)
	m, _ := fmt.Print("abc\n")
	k, _ := fmt.Println("x", 1)
	fmt.Println(m, k)
}

// Output:
// héllo 42
// 10 true
// abc
// x 1
// 4 4
