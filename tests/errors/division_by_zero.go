package main

func main() {
	x := 10
	println(x / 0)
}

// Error:
// division_by_zero.go:5:14: invalid operation: division by zero
// exit status 1
