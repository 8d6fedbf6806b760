package main

func main() {
	s := []int{1, 2}
	println(s[-1])
}

// Error:
// negative_constant_index.go:5:12: invalid argument: index -1 (constant of type int) must not be negative
// exit status 1
