package main

import "fmt"

func main() {
	fmt.Printf("line one\n")
	fmt.Printf("no newline at end: %d", 42)
}

// Output:
// line one
// no newline at end: 42
