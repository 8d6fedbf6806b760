package main

func main() {
	var x int8 = -129
	println(x)
}

// Error:
// const_overflow_int8.go:4:15: cannot use -129 (untyped int constant) as int8 value in variable declaration (overflows)
// exit status 1
