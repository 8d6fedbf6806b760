package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64  { return s.S * s.S }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func kind(s Shape) string {
	switch s.(type) {
	case Square:
		return "square"
	case *Circle:
		return "circle"
	case nil:
		return "nothing"
	}
	return "?"
}

func main() {
	shapes := []Shape{Square{2}, &Circle{1}, nil}
	for _, s := range shapes {
		fmt.Println(kind(s))
	}
	var e interface{} = 5
	switch e.(type) {
	default:
		fmt.Println("default only")
	}
	switch e.(type) {
	}
	switch (e).(type) {
	case int:
		fmt.Println("parenthesized operand")
	}
}

// Output:
// square
// circle
// nothing
// default only
// parenthesized operand
