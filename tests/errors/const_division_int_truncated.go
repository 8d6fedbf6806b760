package main

func main() {
	var x int = 2.5
	println(x)
}

// Error:
// const_division_int_truncated.go:4:14: cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)
// exit status 1
