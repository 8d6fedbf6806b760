package main

import "fmt"

func describe(v any) string {
	return fmt.Sprintf("%v (%T)", v, v)
}

func main() {
	var things []any
	things = append(things, 1, "two", []any{3, "four"}, map[string]any{"five": 5})
	for _, t := range things {
		fmt.Println(describe(t))
	}
	var a any
	var b interface{} = a
	fmt.Println(a == b)
}

// Output:
// 1 (int)
// two (string)
// [3 four] ([]interface {})
// map[five:5] (map[string]interface {})
// true
