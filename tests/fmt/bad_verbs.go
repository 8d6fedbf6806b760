package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "x")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%f\n", "str")
	fmt.Printf("%x\n", true)
	fmt.Printf("%c\n", 1.5)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%q\n", 2.5)
	fmt.Printf("%b\n", "s")
	fmt.Printf("%e %g\n", 1, true)
}

// Output:
// %!d(string=x)
// %!s(int=42)
// %!t(int=1)
// %!f(string=str)
// %!x(bool=true)
// %!c(float64=1.5)
// %!z(int=3)
// %!q(float64=2.5)
// %!b(string=s)
// %!e(int=1) %!g(bool=true)
