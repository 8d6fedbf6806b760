package main

var zero int

func inner() {
	println("inner")
	println(100 / zero)
}

func outer() {
	println("outer")
	inner()
}

func main() {
	outer()
}

// Error:
// outer
// inner
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
// main.inner(...)
// main.outer(...)
// main.main()
// exit status 2
