package main

import "fmt"

type Celsius float64
type Temp = Celsius

func main() {
	var v interface{} = 1
	switch v.(type) {
	case nil:
	case int, string:
		fmt.Println("int or string")
	case Celsius:
	case Temp:
	case []int, error, nil:
	case error:
	case int:
		fmt.Println("int again")
	}
}

// Error:
// typeswitch_duplicate_case.go:15:7: duplicate case Celsius in type switch
// 	typeswitch_duplicate_case.go:14:7: previous case
// typeswitch_duplicate_case.go:16:21: duplicate case nil in type switch
// 	typeswitch_duplicate_case.go:11:7: previous case
// typeswitch_duplicate_case.go:17:7: duplicate case error in type switch
// 	typeswitch_duplicate_case.go:16:14: previous case
// typeswitch_duplicate_case.go:18:7: duplicate case int in type switch
// 	typeswitch_duplicate_case.go:12:7: previous case
// exit status 1
