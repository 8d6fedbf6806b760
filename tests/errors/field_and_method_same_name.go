package main

import "fmt"

type Car struct {
	Speed int
}

func (c Car) Speed() int { return 0 }

func main() {
	fmt.Println(Car{}.Speed)
}

// Error:
// field_and_method_same_name.go:9:14: field and method with the same name Speed
// 	field_and_method_same_name.go:6:2: other declaration of Speed
// exit status 1
