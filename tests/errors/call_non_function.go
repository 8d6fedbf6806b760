package main

func main() {
	x := 5
	println(x())
}

// Error:
// call_non_function.go:5:10: invalid operation: cannot call non-function x (variable of type int)
// exit status 1
