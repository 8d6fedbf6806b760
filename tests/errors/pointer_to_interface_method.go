package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var s Shape = Sq{2}
	p := &s
	fmt.Println(p.Area())
	f := (*Shape).Area
	fmt.Println(f, (*p).Area())
}

func assign() {
	var s Shape = Sq{1}
	var t Shape = &s
	fmt.Println(t)
}

// Error:
// pointer_to_interface_method.go:14:16: p.Area undefined (type *Shape is pointer to interface, not interface)
// pointer_to_interface_method.go:15:16: (*Shape).Area undefined (type *Shape is pointer to interface, not interface)
// pointer_to_interface_method.go:21:16: cannot use &s (value of type *Shape) as Shape value in variable declaration: *Shape does not implement Shape (type *Shape is pointer to interface, not interface)
// exit status 1
