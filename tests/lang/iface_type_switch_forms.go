package main

import "fmt"

type A struct{}
type B struct{}

func (A) Hello() string  { return "A" }
func (*B) Hello() string { return "*B" }

type Greeter interface{ Hello() string }

func kind(v interface{}) {
	switch v.(type) {
	case A, *A:
		fmt.Println("an A")
	case B:
		fmt.Println("a B value")
	case *B:
		fmt.Println("a B pointer")
	default:
		fmt.Println("unknown")
	}
}

func main() {
	kind(A{})
	kind(&A{})
	kind(B{})
	kind(&B{})
	kind(3)
	var g Greeter = &B{}
	switch h := g.(type) {
	case A:
		fmt.Println("A", h.Hello())
	case *B:
		fmt.Println("B ptr", h.Hello())
	}
	var none Greeter
	switch none.(type) {
	case nil:
		fmt.Println("nil greeter")
	default:
		fmt.Println("not nil")
	}
	switch x := interface{}(2.5).(type) {
	case int, float64:
		fmt.Printf("%T %v\n", x, x)
	}
	switch v := interface{}("s"); t := v.(type) {
	default:
		fmt.Printf("default %T\n", t)
	case int:
		fmt.Println("int")
	}
}

// Output:
// an A
// an A
// a B value
// a B pointer
// unknown
// B ptr *B
// nil greeter
// float64 2.5
// default string
