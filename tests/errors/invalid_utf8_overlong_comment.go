// An overlong encoding in a line comment and in a general comment.
package main

func main() {
	// aÀ¯b
	/* cà€¯d */
	println("ok")
}

// Error:
// invalid_utf8_overlong_comment.go:5:6: invalid UTF-8 encoding
// invalid_utf8_overlong_comment.go:6:6: invalid UTF-8 encoding
// exit status 1
