package main

import "fmt"

func main() {
	names := []string{"a", "b"}
	fmt.Println(names...)
}

// Error:
// variadic_wrong_slice_type.go:7:14: cannot use names (variable of type []string) as []any value in argument to fmt.Println
// exit status 1
