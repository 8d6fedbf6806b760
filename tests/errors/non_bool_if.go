package main

func main() {
	x := 1
	if x {
		println("yes")
	}
}

// Error:
// non_bool_if.go:5:5: non-boolean condition in if statement
// exit status 1
