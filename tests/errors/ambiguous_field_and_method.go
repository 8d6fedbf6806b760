package main

import "fmt"

type HasField struct{ Size int }

type HasMethod struct{}

func (HasMethod) Size() int { return 1 }

type Both struct {
	HasField
	HasMethod
}

type Sizer interface{ Size() int }

func main() {
	var b Both
	fmt.Println(b.Size)
	var s Sizer = b
	fmt.Println(s)
}

// Error:
// ambiguous_field_and_method.go:20:16: ambiguous selector b.Size
// ambiguous_field_and_method.go:21:16: cannot use b (variable of struct type Both) as Sizer value in variable declaration: Both does not implement Sizer (ambiguous selector Both.Size)
// exit status 1
