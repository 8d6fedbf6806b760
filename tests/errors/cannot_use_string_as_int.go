package main

func main() {
	var x int = "hello"
	println(x)
}

// Error:
// cannot_use_string_as_int.go:4:14: cannot use "hello" (untyped string constant) as int value in variable declaration
// exit status 1
