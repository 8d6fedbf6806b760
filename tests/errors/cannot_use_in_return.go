package main

func f() int {
	return "x"
}

func main() {
	println(f())
}

// Error:
// cannot_use_in_return.go:4:9: cannot use "x" (untyped string constant) as int value in return statement
// exit status 1
