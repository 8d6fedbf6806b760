package main

import "fmt"

func main() {
	fmt.Println("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a")
	fmt.Println("go" == "g"+"o", "go" != "Go")
	fmt.Println("é" > "z", "apple" >= "apple", "b" <= "a")
	words := []string{"pear", "apple", "fig", "banana"}
	min := words[0]
	for _, w := range words[1:] {
		if w < min {
			min = w
		}
	}
	fmt.Println(min)
	x, y := "abc", []byte("abc")
	fmt.Println(x == string(y))
}

// Output:
// true false true true
// true true
// true true false
// apple
// true
