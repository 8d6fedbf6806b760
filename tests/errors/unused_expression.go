package main

func main() {
	x := 1
	x == 2
}

// Error:
// unused_expression.go:5:2: x == 2 (untyped bool value) is not used
// exit status 1
