package main

func main() {
	s := "unterminated
	println(s)
}

// Error:
// newline_in_string.go:4:20: newline in string
// exit status 1
