package main

type Celsius float64

func main() {
	var c Celsius[int]
	_ = c
}

// Error:
// generic_not_generic_type.go:6:8: Celsius is not a generic type
// exit status 1
