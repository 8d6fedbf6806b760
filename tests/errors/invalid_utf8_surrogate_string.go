// A UTF-16 surrogate (U+D800 as ED A0 80) in a string literal.
package main

func main() {
	s := "aí €b"
	println(s)
}

// Error:
// invalid_utf8_surrogate_string.go:5:9: invalid UTF-8 encoding
// exit status 1
