package main

import "fmt"

type Celsius float64

type Stringer interface{ String() string }

type Named struct{ N string }

func (n Named) String() string { return "Named(" + n.N + ")" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v of %T", x, x)
	case float64:
		return fmt.Sprintf("float %.2f", x+0.001)
	case Celsius:
		return fmt.Sprintf("celsius %v", float64(x))
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice with ", len(x), " ints")
	case Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	inputs := []interface{}{nil, 1, int64(2), 3.14159, Celsius(20), "hey", []int{1, 2}, Named{"z"}, fmt.Errorf("bad"), func() int { return 9 }, true, int8(3)}
	for _, in := range inputs {
		fmt.Println(classify(in))
	}
}

// Output:
// nil
// integer 1 of int
// integer 2 of int64
// float 3.14
// celsius 20
// string of len 3
// slice with 2 ints
// stringer Named(z)
// error bad
// func returning 9
// other bool
// other int8
