package main

import "fmt"

func classify(s string) string {
	switch s {
	case "":
		return "empty"
	case "a", "e", "i", "o", "u":
		return "vowel"
	case "hello" + " " + "world":
		return "greeting"
	}
	switch {
	case len(s) > 5:
		return "long"
	case s < "m":
		return "early"
	default:
		return "late"
	}
}

func main() {
	words := "x"
	fmt.Println(classify(""), classify("e"), classify("hello world"))
	fmt.Println(classify("abcdefg"), classify("b"), classify(words+"yz"))
}

// Output:
// empty vowel greeting
// long early late
