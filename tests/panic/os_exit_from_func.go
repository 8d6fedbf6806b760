package main

import (
	"fmt"
	"os"
)

func check(v int) {
	if v > 2 {
		fmt.Println("fatal value", v)
		os.Exit(42)
	}
}

func main() {
	for i := 0; i < 10; i++ {
		fmt.Println("ok", i)
		check(i)
	}
}

// Error:
// ok 0
// ok 1
// ok 2
// ok 3
// fatal value 3
// exit status 42
