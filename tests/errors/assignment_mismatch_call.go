package main

func f() int { return 1 }

func main() {
	a, b := f()
	println(a, b)
}

// Error:
// assignment_mismatch_call.go:6:10: assignment mismatch: 2 variables but f returns 1 value
// exit status 1
