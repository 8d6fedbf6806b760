package main

func forever(n int) int {
	return forever(n+1) + 1
}

func main() {
	println("start")
	println(forever(0))
}

// Error:
// start
// runtime: goroutine stack exceeds 1000000000-byte limit
// fatal error: stack overflow
//
// goroutine 1 [running]:
// exit status 2
