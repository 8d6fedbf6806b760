package main

func f() (int, string) {
	return 1
}

func main() {
	println(f())
}

// Error:
// not_enough_return_values.go:4:9: not enough return values
// 	have (number)
// 	want (int, string)
// exit status 1
