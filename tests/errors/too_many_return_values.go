package main

func f() int {
	return 1, 2
}

func main() {
	println(f())
}

// Error:
// too_many_return_values.go:4:12: too many return values
// 	have (number, number)
// 	want (int)
// exit status 1
