package main

import "fmt"

func main() {
	for i, r := range "aé世😀" {
		fmt.Printf("%d %c %U\n", i, r, r)
	}
	for i, r := range "a\xffb\xe4\xb8" {
		fmt.Printf("%d %q %d\n", i, r, r)
	}
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println(n)
	for i := range "ab" {
		fmt.Println("index", i)
	}
}

// Output:
// 0 a U+0061
// 1 é U+00E9
// 3 世 U+4E16
// 6 😀 U+1F600
// 0 'a' 97
// 1 '�' 65533
// 2 'b' 98
// 3 '�' 65533
// 4 '�' 65533
// 5
// index 0
// index 1
