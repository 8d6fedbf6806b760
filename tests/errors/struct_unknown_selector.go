package main

import "fmt"

type User struct {
	Name string
}

func main() {
	u := User{"ann"}
	fmt.Println(u.name)
}

// Error:
// struct_unknown_selector.go:11:16: u.name undefined (type User has no field or method name, but does have field Name)
// exit status 1
