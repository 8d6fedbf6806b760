package main

func main() {
	result := compute(3)
	println(result)
}

// Error:
// undefined_func.go:4:12: undefined: compute
// exit status 1
