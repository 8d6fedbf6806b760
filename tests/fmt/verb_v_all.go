package main

import "fmt"

func main() {
	fmt.Printf("%v %v %v %v %v\n", 42, -3.5, "str", true, 'x')
	fmt.Printf("%+v %#v %#v %#v %#v\n", 42, 42, "str", 1.0, true)
	fmt.Printf("%#v %#v %#v\n", int8(-3), uint8(200), uint64(7))
	fmt.Printf("%#v %#v\n", 1e21, float32(2.5))
	fmt.Printf("[%6v][%-6v][%06v]\n", 12, 12, 12)
	fmt.Printf("%v %v\n", 1e6, 1e21)
}

// Output:
// 42 -3.5 str true 120
// 42 42 "str" 1 true
// -3 0xc8 0x7
// 1e+21 2.5
// [    12][12    ][000012]
// 1e+06 1e+21
