package main

import "fmt"

func describe(v interface{}) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprintf("int %d, doubled %d", x, x*2)
	case string:
		return "string " + x + " of length " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case float64:
		return fmt.Sprintf("float64 %.3f", x/2)
	}
	return fmt.Sprintf("unknown %T", v)
}

func main() {
	fmt.Println(describe(21))
	fmt.Println(describe("gopher"))
	fmt.Println(describe(true))
	fmt.Println(describe(false))
	fmt.Println(describe(3.0))
	fmt.Println(describe(int8(1)))
	fmt.Println(describe(nil))
	fmt.Println(describe([]int{1}))
}

// Output:
// int 21, doubled 42
// string gopher of length 6
// true bool
// false bool
// float64 1.500
// unknown int8
// unknown <nil>
// unknown []int
