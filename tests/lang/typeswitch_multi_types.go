package main

import "fmt"

type Celsius float64
type Name string

func f(v any) {
	switch x := v.(type) {
	case int, int8, int16:
		// x has the switched interface's type here
		var again any = x
		fmt.Printf("small int %v %T %v\n", x, x, again == v)
	case Celsius, Name:
		fmt.Printf("named %v %T\n", x, x)
	case float64:
		fmt.Printf("float64 %v\n", x+0.5)
	default:
		fmt.Printf("default %v %T\n", x, x)
	}
}

func main() {
	f(1)
	f(int8(2))
	f(int16(3))
	f(Celsius(36.6))
	f(Name("bob"))
	f(2.5)
	f(uint(9))
	f(nil)
}

// Output:
// small int 1 int true
// small int 2 int8 true
// small int 3 int16 true
// named 36.6 main.Celsius
// named bob main.Name
// float64 3
// default 9 uint
// default <nil> <nil>
