package main

import "fmt"

func main() {
	a := 1
	if a > 0 {
		var unused string
		fmt.Println(a)
	}
}

// Error:
// declared_not_used_nested.go:8:7: declared and not used: unused
// exit status 1
