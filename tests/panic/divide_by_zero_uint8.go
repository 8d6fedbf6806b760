package main

func main() {
	var x uint8 = 200
	var y uint8
	println("x =", x)
	x /= y
	println("unreached", x)
}

// Error:
// x = 200
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
// main.main()
// exit status 2
