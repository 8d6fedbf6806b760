package main

func f() {}

func main() {
	g := f
	println(g == f)
}

// Error:
// compare_func_values.go:7:10: invalid operation: g == f (func can only be compared to nil)
// exit status 1
