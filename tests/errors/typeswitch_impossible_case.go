package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (s *Square) Area() float64 { return s.S * s.S }

func main() {
	var s Shape = &Square{2}
	switch s.(type) {
	case *Square:
		fmt.Println("pointer")
	case Square:
		fmt.Println("value")
	case int:
		fmt.Println("int")
	}
}

// Error:
// typeswitch_impossible_case.go:16:7: impossible type switch case: Square
// 	s (variable of interface type Shape) cannot have dynamic type Square (method Area has pointer receiver)
// typeswitch_impossible_case.go:18:7: impossible type switch case: int
// 	s (variable of interface type Shape) cannot have dynamic type int (missing method Area)
// exit status 1
