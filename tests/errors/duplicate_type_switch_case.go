package main

import "fmt"

func main() {
	var v interface{} = 1
	switch v.(type) {
	case int, string:
		fmt.Println("int or string")
	case int:
		fmt.Println("int again")
	}
}

// Error:
// duplicate_type_switch_case.go:10:7: duplicate case int in type switch
// 	duplicate_type_switch_case.go:8:7: previous case
// exit status 1
