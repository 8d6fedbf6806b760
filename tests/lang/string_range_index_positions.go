package main

import "fmt"

func indexRune(s string, want rune) int {
	for i, r := range s {
		if r == want {
			return i
		}
	}
	return -1
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func main() {
	s := "naïve café ☕ ok"
	fmt.Println(indexRune(s, 'é'), indexRune(s, '☕'), indexRune(s, 'z'), runeCount(s), len(s))
	var last rune
	var lastIdx int
	for lastIdx, last = range s {
	}
	fmt.Println(lastIdx, string(last))
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	words := 0
	inWord := false
	for _, r := range "  two  words " {
		if r == ' ' {
			inWord = false
		} else if !inWord {
			inWord = true
			words++
		}
	}
	fmt.Println(words)
}

// Output:
// 10 13 -1 15 19
// 18 k
// 0 1 3 4 5 
// 2
