package main

func f() int { return 1 }

func main() {
	defer f
	defer int(3)
	defer f()
}

// Error:
// defer_not_a_call.go:6:8: expression in defer must be function call
// defer_not_a_call.go:7:8: defer requires function call, not conversion int(3) (constant 3 of type int)
// exit status 1
