package main

import "fmt"

func main() {
	var v interface{} = 1
	switch v.(type) {
	default:
		fmt.Println("a")
	case int:
	default:
		fmt.Println("b")
	}
}

// Error:
// typeswitch_multiple_defaults.go:11:2: multiple defaults (first at typeswitch_multiple_defaults.go:8:2)
// exit status 1
