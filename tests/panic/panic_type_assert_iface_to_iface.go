package main

import "fmt"

type Shape interface{ Area() int }

type Walker interface{ Walk() string }

type Square struct{ S int }

func (q Square) Area() int { return q.S * q.S }

func main() {
	var s Shape = Square{3}
	_, ok := s.(Walker)
	fmt.Println(ok)
	w := s.(Walker)
	fmt.Println(w.Walk())
}

// Error:
// false
// panic: interface conversion: main.Square is not main.Walker: missing method Walk
//
// goroutine 1 [running]:
// main.main()
// exit status 2
