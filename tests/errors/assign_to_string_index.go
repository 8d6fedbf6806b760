package main

func main() {
	s := "abc"
	s[0] = 'x'
	println(s)
}

// Error:
// assign_to_string_index.go:5:2: cannot assign to s[0] (neither addressable nor a map index expression)
// exit status 1
