package main

import "fmt"

func main() {
	var v interface{} = 1
	switch v.(type) {
	case int:
		fmt.Println("int")
		fallthrough
	case string:
		fmt.Println("string")
	}
}

// Error:
// typeswitch_fallthrough.go:10:3: cannot fallthrough in type switch
// exit status 1
