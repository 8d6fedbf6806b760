package main

func main() {
	s := "hello"
	println(s[1:2:3])
}

// Error:
// three_index_slice_string.go:5:16: invalid operation: 3-index slice of string
// exit status 1
