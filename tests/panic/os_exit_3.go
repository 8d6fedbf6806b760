package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("about to exit")
	println("stderr line")
	os.Exit(3)
	fmt.Println("unreached")
}

// Error:
// about to exit
// stderr line
// exit status 3
