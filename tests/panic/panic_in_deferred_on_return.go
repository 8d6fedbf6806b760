package main

func cleanup() {
	var z int
	println(1 / z)
}

func main() {
	defer cleanup()
	println("body")
}

// Error:
// body
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
// main.cleanup()
// main.main()
// exit status 2
