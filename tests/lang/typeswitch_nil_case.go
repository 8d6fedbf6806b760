package main

import "fmt"

type T struct{ A int }

func g(v interface{}) {
	switch x := v.(type) {
	case nil:
		fmt.Printf("nil: %v %T\n", x, x)
	case *T:
		if x == nil {
			fmt.Println("typed nil *T")
		} else {
			fmt.Println("*T with", x.A)
		}
	case int, bool:
		fmt.Println("int or bool", x)
	}
}

func h(v interface{}) string {
	switch v.(type) {
	case nil, string:
		return "nil or string"
	default:
		return "other"
	}
}

func main() {
	g(nil)
	var p *T
	g(p)
	g(&T{7})
	g(3)
	fmt.Println(h(nil), h("s"), h(1))
	var e error
	switch e.(type) {
	case nil:
		fmt.Println("nil error")
	default:
		fmt.Println("not nil")
	}
}

// Output:
// nil: <nil> <nil>
// typed nil *T
// *T with 7
// int or bool 3
// nil or string nil or string other
// nil error
