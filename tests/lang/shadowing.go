package main

import "fmt"

var x = "package"

func show() { fmt.Println(x) }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := 3
		x++
		fmt.Println(x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("loop", x)
	}
	if x := true; x {
		fmt.Println("if", x)
	}
	show()
	fmt.Println(x)
	len := 5
	fmt.Println(len)
	true := false
	fmt.Println(true)
}

// Output:
// package
// main
// 4
// loop 0
// loop 1
// if true
// package
// main
// 5
// false
