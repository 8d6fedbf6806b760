package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	var v any = 1
	switch x := v.(type) {
	case int, int64:
		fmt.Println(len(x))
	case string:
		fmt.Println(x + 1)
	case nil:
		fmt.Println(x.Foo)
	case Shape:
		fmt.Println(x.S)
	case Sq:
		fmt.Println(x.Side)
	default:
		x.Area()
	}
}

// Error:
// typeswitch_clause_var_type.go:15:19: invalid argument: x (variable of type any) for built-in len
// typeswitch_clause_var_type.go:17:15: invalid operation: x + 1 (mismatched types string and untyped int)
// typeswitch_clause_var_type.go:19:17: x.Foo undefined (type any has no field or method Foo)
// typeswitch_clause_var_type.go:21:17: x.S undefined (type Shape has no field or method S)
// typeswitch_clause_var_type.go:23:17: x.Side undefined (type Sq has no field or method Side)
// typeswitch_clause_var_type.go:25:5: x.Area undefined (type any has no field or method Area)
// exit status 1
