package main

func pair() (int, string) {
	return 1
}

func main() {
	pair()
}

// Error:
// missing_return_value_multi.go:4:9: not enough return values
// 	have (number)
// 	want (int, string)
// exit status 1
