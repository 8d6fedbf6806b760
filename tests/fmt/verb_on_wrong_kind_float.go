package main

import "fmt"

func main() {
	fmt.Printf("%d\n", 1.5)
	fmt.Printf("%x\n", 1.0)
	fmt.Printf("%s\n", 2.5)
	fmt.Printf("%t\n", "yes")
	fmt.Printf("%d\n", true)
	fmt.Printf("%s %d\n", 'a', "b")
}

// Output:
// %!d(float64=1.5)
// 0x1p+00
// %!s(float64=2.5)
// %!t(string=yes)
// %!d(bool=true)
// %!s(int32=97) %!d(string=b)
