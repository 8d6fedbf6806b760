package main

func square(n int) int { return n * n }

func main() {
	f := 2.5
	println(square(f))
}

// Error:
// cannot_use_in_argument.go:7:17: cannot use f (variable of type float64) as int value in argument to square
// exit status 1
