package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x, y)
}

// Error:
// undefined_var.go:7:17: undefined: y
// exit status 1
