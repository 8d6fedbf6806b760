package main

func main() {
	x := 1
}

// Error:
// declared_not_used.go:4:2: declared and not used: x
// exit status 1
