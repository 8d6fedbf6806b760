package main

import "fmt"

func main() {
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%s\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("no verbs\n", "extra", 3)
	fmt.Printf("%d %s %v\n", 1)
	s := fmt.Sprintf("%d", 1, "a", true)
	fmt.Println(s)
	fmt.Printf("%!\n")
	fmt.Printf("trailing %")
	fmt.Println()
}

// Output:
// 1 %!d(MISSING)
// %!s(MISSING)
// 1
// %!(EXTRA int=2)no verbs
// %!(EXTRA string=extra, int=3)1 %!s(MISSING) %!v(MISSING)
// 1%!(EXTRA string=a, bool=true)
// %!!(MISSING)
// trailing %!(NOVERB)
