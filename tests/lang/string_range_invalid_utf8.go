package main

import "fmt"

func main() {
	s := "a\xffb\xe4\xb8c\xed\xa0\x80"
	for i, r := range s {
		fmt.Println(i, r)
	}
	fmt.Println(len(s))
	t := "\xf0\x9f\x98"
	for i, r := range t {
		fmt.Printf("%d %U\n", i, r)
	}
}

// Output:
// 0 97
// 1 65533
// 2 98
// 3 65533
// 4 65533
// 5 99
// 6 65533
// 7 65533
// 8 65533
// 9
// 0 U+FFFD
// 1 U+FFFD
// 2 U+FFFD
