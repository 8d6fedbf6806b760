package main

import "fmt"

func pos(v interface{}) string {
	switch x := v.(type) {
	default:
		return fmt.Sprintf("default(%v)", x)
	case int:
		return fmt.Sprintf("int(%d)", x+1)
	case string:
		return "string(" + x + ")"
	}
}

func mid(v interface{}) string {
	switch v.(type) {
	case int:
		return "int"
	default:
		return "default"
	case string:
		return "string"
	}
}

func main() {
	for _, v := range []interface{}{1, "a", 2.5, nil, true} {
		fmt.Println(pos(v), mid(v))
	}
}

// Output:
// int(2) int
// string(a) string
// default(2.5) default
// default(<nil>) default
// default(true) default
