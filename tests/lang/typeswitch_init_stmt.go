package main

import "fmt"

type Token interface{}

func next(i int) (Token, int) {
	switch i {
	case 0:
		return 42, 1
	case 1:
		return "word", 2
	case 2:
		return '+', 3
	}
	return nil, -1
}

func value() interface{} { return 2.5 }

func main() {
	pos := 0
	for pos >= 0 {
		switch tok, n := next(pos); t := tok.(type) {
		case int:
			fmt.Println("number", t, "next", n)
			pos = n
		case string:
			fmt.Println("word", t, "next", n)
			pos = n
		case rune:
			fmt.Printf("op %c next %d\n", t, n)
			pos = n
		default:
			fmt.Println("end", t, n)
			pos = n
		}
	}
	switch y := value(); y.(type) {
	case float64:
		fmt.Println("float", y)
	}
	// the guard's variable shadows an outer one, only inside the clauses
	x := "outer"
	switch x := interface{}(len(x)).(type) {
	case int:
		fmt.Println("inner x", x+1)
	}
	fmt.Println(x)
	// the init statement's variable and the guard's can share a name
	switch v := 3; v := interface{}(v * 2).(type) {
	case int:
		fmt.Println("v", v)
	}
	// assigning to the clause variable
	var any1 interface{} = 5
	switch t := any1.(type) {
	case int:
		t = t * 3
		fmt.Println(t, any1)
	case string:
		t = "changed"
		fmt.Println(t)
	default:
		t = nil
		fmt.Println(t)
	}
}

// Output:
// number 42 next 1
// word word next 2
// op + next 3
// end <nil> -1
// float 2.5
// inner x 6
// outer
// v 6
// 15 5
