package main

func main() {
	x := 10
	x %= 0
	println(x)
}

// Error:
// modulo_by_zero.go:5:7: invalid operation: division by zero
// exit status 1
