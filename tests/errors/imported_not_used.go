package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("hi")
}

// Error:
// imported_not_used.go:5:2: "os" imported and not used
// exit status 1
