package main

import "fmt"

type Shape interface{ Area() float64 }

func main() {
	var s Shape
	_, ok := s.(interface{ Area() float64 })
	fmt.Println(ok)
	r := s.(fmt.Stringer)
	fmt.Println(r)
}

// Error:
// false
// panic: interface conversion: interface is nil, not fmt.Stringer
//
// goroutine 1 [running]:
// main.main()
// exit status 2
