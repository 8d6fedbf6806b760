package main

import "fmt"

type E struct{}

func (E) Error() int { return 0 }

func main() {
	var err error
	switch e := err.(type) {
	case string:
		fmt.Println(e)
	case E:
		fmt.Println("E")
	}
}

// Error:
// typeswitch_impossible_error.go:12:7: impossible type switch case: string
// 	err (variable of interface type error) cannot have dynamic type string (missing method Error)
// typeswitch_impossible_error.go:14:7: impossible type switch case: E
// 	err (variable of interface type error) cannot have dynamic type E (wrong type for method Error)
// 		have Error() int
// 		want Error() string
// exit status 1
