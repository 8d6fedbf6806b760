package main

func main() {
	x := 3
	println(*x)
}

// Error:
// invalid_indirect.go:5:11: invalid operation: cannot indirect x (variable of type int)
// exit status 1
