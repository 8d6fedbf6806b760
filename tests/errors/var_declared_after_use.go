package main

func main() {
	println(total)
	total := 5
	println(total)
}

// Error:
// var_declared_after_use.go:4:10: undefined: total
// exit status 1
