package main

func f(x int, s string) int { return x + len(s) }

func main() {
	println(f(1))
}

// Error:
// not_enough_args.go:6:12: not enough arguments in call to f
// 	have (number)
// 	want (int, string)
// exit status 1
