package main

import "fmt"

type T struct{}

func main() {
	x := 5
	switch x.(type) {
	case int:
		fmt.Println("int")
	}
	var t T
	switch v := t.(type) {
	default:
		fmt.Println(v)
	}
	switch v := f().(type) {
	case int:
		fmt.Println(v)
	}
}

func f() string { return "" }

// Error:
// typeswitch_not_interface.go:9:9: x (variable of type int) is not an interface
// typeswitch_not_interface.go:14:14: t (variable of struct type T) is not an interface
// typeswitch_not_interface.go:18:14: f() (value of type string) is not an interface
// exit status 1
