package main

import "fmt"

type Stringer interface{ String() string }

type ID int

func main() {
	var s Stringer
	id := s.(ID)
	fmt.Println(id)
}

// Error:
// impossible_type_assertion.go:11:8: impossible type assertion: s.(ID)
// 	ID does not implement Stringer (missing method String)
// exit status 1
