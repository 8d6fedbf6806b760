package main

func main() {
	var b byte = 256
	println(b)
}

// Error:
// const_overflow_byte.go:4:15: cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)
// exit status 1
