package main

import "fmt"

func main() {
	fmt.Printf("%t %t\n", true, false)
	fmt.Printf("[%6t][%-6t]\n", true, false)
	fmt.Printf("%v %v\n", true, false)
	b := 3 > 2
	fmt.Printf("%t %T\n", b, b)
	fmt.Println(true && false, true || false)
}

// Output:
// true false
// [  true][false ]
// true false
// true bool
// false true
