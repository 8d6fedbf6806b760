package main

import "fmt"

func binary(n uint) string {
	if n < 2 {
		return string(rune('0' + n))
	}
	return binary(n/2) + string(rune('0'+n%2))
}

func repeat(s string, n int) string {
	if n == 0 {
		return ""
	}
	return s + repeat(s, n-1)
}

func palindrome(s string) bool {
	if len(s) < 2 {
		return true
	}
	return s[0] == s[len(s)-1] && palindrome(s[1:len(s)-1])
}

func main() {
	fmt.Println(binary(0), binary(5), binary(255), binary(1024))
	fmt.Println(repeat("ab", 4), len(repeat("x", 1000)))
	fmt.Println(palindrome("racecar"), palindrome("abca"), palindrome(""))
}

// Output:
// 0 101 11111111 10000000000
// abababab 1000
// true false true
