package main

import "fmt"

func main() {
	fmt.Println("with \"quotes\"", `and \backslash`)
	fmt.Println("newline\ninside")
	fmt.Println("tab\tinside")
	fmt.Printf("%v|%s|%q\n", "a\tb", "a\tb", "a\tb")
	fmt.Println("unicode: é 世 😀")
}

// Output:
// with "quotes" and \backslash
// newline
// inside
// tab	inside
// a	b|a	b|"a\tb"
// unicode: é 世 😀
