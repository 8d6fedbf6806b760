package main

import "fmt"

func main() {
	fmt.Printlnx("hello")
}

// Error:
// undefined_pkg_member.go:6:6: undefined: fmt.Printlnx
// exit status 1
