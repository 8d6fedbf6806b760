// An overlong encoding of '/' (C0 AF) in a string literal: Go's scanner
// rejects it where the first bad byte stands.
package main

func main() {
	s := "a¿Øb"
	println(s)
}

// Error:
// invalid_utf8_overlong_string.go:6:9: invalid UTF-8 encoding
// exit status 1
