package main

func main() {
	for i := 0; i < 3; i++ {
		println(i)
}

// Error:
// syntax_missing_brace_eof.go:11:1: syntax error: unexpected EOF, expected }
// exit status 1
