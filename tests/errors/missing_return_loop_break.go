package main

func f() int {
	for {
		break
	}
}

func main() {
	println(f())
}

// Error:
// missing_return_loop_break.go:7:1: missing return
// exit status 1
