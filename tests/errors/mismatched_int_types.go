package main

import "fmt"

func main() {
	var a int32 = 1
	var b int64 = 2
	fmt.Println(a == b)
}

// Error:
// mismatched_int_types.go:8:19: invalid operation: a == b (mismatched types int32 and int64)
// exit status 1
