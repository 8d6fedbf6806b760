package main

import "fmt"

type Shape interface{ Area() int }

type Square struct{ S int }

func (q Square) Area() int { return q.S * q.S }

func main() {
	var s Shape
	_, ok := s.(Square)
	fmt.Println(ok)
	fmt.Println(s.(Square).S)
}

// Error:
// false
// panic: interface conversion: main.Shape is nil, not main.Square
//
// goroutine 1 [running]:
// main.main()
// exit status 2
