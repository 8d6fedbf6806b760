package main

func main() {
	n := 3
	for n {
		n--
	}
}

// Error:
// non_bool_for.go:5:6: non-boolean condition in for statement
// exit status 1
