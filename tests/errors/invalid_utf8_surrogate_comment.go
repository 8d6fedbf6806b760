// A surrogate in a general comment spanning lines and in a line comment;
// an encoded U+FFFD (EF BF BD) is valid: ï¿½
package main

func main() {
	/* one
	   two í°€ */
	println("aï¿½b") // í¿¿
}

// Error:
// invalid_utf8_surrogate_comment.go:7:9: invalid UTF-8 encoding
// invalid_utf8_surrogate_comment.go:8:22: invalid UTF-8 encoding
// exit status 1
