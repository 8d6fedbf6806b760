package main

import "fmt"

func (int) Double() int { return 2 }

func main() {
	fmt.Println(3)
}

// Error:
// method_on_non_local_type.go:5:7: cannot define new methods on non-local type int
// exit status 1
