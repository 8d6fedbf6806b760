package main

import "fmt"

func main() {
	fmt.Printf("%#v %#v\n", "with \"q\"", "")
	fmt.Printf("%#v %#v %#v\n", 'x', 3.0, -0.5)
	fmt.Printf("%#v %#v\n", uint(10), uintptr(255))
	fmt.Printf("%+v %+v\n", "s", -1.5)
}

// Output:
// "with \"q\"" ""
// 120 3 -0.5
// 0xa 0xff
// s -1.5
