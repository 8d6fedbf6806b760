package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("usage: something")
	os.Exit(1)
}

// Error:
// usage: something
// exit status 1
