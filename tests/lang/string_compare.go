package main

import "fmt"

func main() {
	a, b := "apple", "banana"
	fmt.Println(a < b, a > b, a == b, a != b, a <= "apple", b >= "bananas")
	fmt.Println("" < "a", "a" < "aa", "Z" < "a", "abc" < "abd")
	fmt.Println("é" > "z", "\xff" > "\x7f")
	c := "app" + "le"
	fmt.Println(a == c, a < c+"s")
	var x, y string
	fmt.Println(x == y, x < "x")
}

// Output:
// true false false true true false
// true true true true
// true true
// true true
// true true
