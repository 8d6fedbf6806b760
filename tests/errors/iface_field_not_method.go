package main

import "fmt"

type Stringer interface{ String() string }

type Label struct{ String string }

type Outer struct{ Label }

func main() {
	var s Stringer = Outer{}
	fmt.Println(s)
}

// Error:
// iface_field_not_method.go:12:19: cannot use Outer{…} (value of struct type Outer) as Stringer value in variable declaration: Outer does not implement Stringer (Outer.String is a field, not a method)
// exit status 1
