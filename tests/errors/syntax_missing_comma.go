package main

import "fmt"

func main() {
	fmt.Println("a" "b")
}

// Error:
// syntax_missing_comma.go:6:18: syntax error: unexpected literal "b" in argument list; possibly missing comma or )
// exit status 1
