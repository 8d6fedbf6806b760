package main

import (
	"fmt"
	"os"
)

func leave() {
	fmt.Println("leaving with 4")
	os.Exit(4)
}

func main() {
	defer fmt.Println("never printed")
	defer leave()
	defer fmt.Println("printed first")
	fmt.Println("main body")
}

// Error:
// main body
// printed first
// leaving with 4
// exit status 4
