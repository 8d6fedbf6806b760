package main

import "fmt"

func main() {
	var v interface{} = 1
	switch v.(type) {
	case 5:
		fmt.Println("five")
	case undefinedType:
	}
}

// Error:
// typeswitch_case_not_type.go:8:7: 5 is not a type
// typeswitch_case_not_type.go:10:7: undefined: undefinedType
// exit status 1
