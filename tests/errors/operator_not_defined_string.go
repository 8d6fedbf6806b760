package main

func main() {
	s := "abc"
	println(s - "b")
}

// Error:
// operator_not_defined_string.go:5:10: invalid operation: operator - not defined on s (variable of type string)
// exit status 1
