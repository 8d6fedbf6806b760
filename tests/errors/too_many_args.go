package main

func f(x int) int { return x }

func main() {
	println(f(1, 2))
}

// Error:
// too_many_args.go:6:15: too many arguments in call to f
// 	have (number, number)
// 	want (int)
// exit status 1
