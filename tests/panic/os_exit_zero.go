package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("exiting cleanly")
	os.Exit(0)
	fmt.Println("unreached")
}

// Output:
// exiting cleanly
