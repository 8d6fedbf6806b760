package main

import "fmt"

func main() {
	fmt.Printf("[%*d]\n", 5, 42)
	fmt.Printf("[%-*d]\n", 5, 42)
	fmt.Printf("[%*d]\n", -5, 42)
	fmt.Printf("[%.*f]\n", 2, 3.14159)
	fmt.Printf("[%*.*f]\n", 8, 3, 3.14159)
	fmt.Printf("[%*s]\n", 6, "go")
	fmt.Printf("[%*d]\n", "x", 42)
	fmt.Printf("[%.*d]\n", 3, 7)
	n := 4
	fmt.Printf("[%0*d]\n", n, 9)
}

// Output:
// [   42]
// [42   ]
// [42   ]
// [3.14]
// [   3.142]
// [    go]
// [%!(BADWIDTH)42]
// [007]
// [0009]
