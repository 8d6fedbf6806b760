package main

import "fmt"

func main() {
	for i, r := range "aé世𝄞" {
		fmt.Println(i, r, string(r))
	}
	for i := range "xyz" {
		fmt.Print(" ", i)
	}
	fmt.Println()
	n := 0
	for range "hello" {
		n++
	}
	fmt.Println(n)
}

// Output:
// 0 97 a
// 1 233 é
// 3 19990 世
// 6 119070 𝄞
//  0 1 2
// 5
