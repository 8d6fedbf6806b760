package main

const limit = 10

func main() {
	limit = 20
	println(limit)
}

// Error:
// assign_to_constant.go:6:2: cannot assign to limit (neither addressable nor a map index expression)
// exit status 1
