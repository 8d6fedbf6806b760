package main

import "fmt"

func noDefault(v interface{}) int {
	switch v.(type) {
	case int:
		return 1
	case string:
		return 2
	}
}

func withBreak(v interface{}) int {
	switch x := v.(type) {
	case int:
		if x > 0 {
			break
		}
		return x
	default:
		return 0
	}
}

func labeledBreak(v interface{}) int {
	for {
	L:
		switch v.(type) {
		case int:
			break L
		default:
			return 0
		}
	}
}

func complete(v interface{}) int {
	switch v.(type) {
	case int:
		return 1
	default:
		panic("no")
	}
}

func main() {
	fmt.Println(noDefault(1), withBreak(1), labeledBreak(1), complete(1))
}

// Error:
// typeswitch_missing_return.go:12:1: missing return
// typeswitch_missing_return.go:24:1: missing return
// exit status 1
