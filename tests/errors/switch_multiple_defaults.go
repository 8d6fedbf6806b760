package main

import "fmt"

func main() {
	x := 1
	switch x {
	default:
		fmt.Println("a")
	case 1:
	default:
		fmt.Println("b")
	default:
	}
}

// Error:
// switch_multiple_defaults.go:11:2: multiple defaults (first at switch_multiple_defaults.go:8:2)
// switch_multiple_defaults.go:13:2: multiple defaults (first at switch_multiple_defaults.go:8:2)
// exit status 1
