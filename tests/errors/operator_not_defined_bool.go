package main

func main() {
	a, b := true, false
	println(a + b)
}

// Error:
// operator_not_defined_bool.go:5:10: invalid operation: operator + not defined on a (variable of type bool)
// exit status 1
