package main

import "fmt"

var n int

func next(tag string) int {
	n++
	fmt.Println("call", tag, n)
	return n
}

func add3(a, b, c int) int { return a*100 + b*10 + c }

func main() {
	fmt.Println(add3(next("a"), next("b"), next("c")))
	x := next("l") - next("r")
	fmt.Println(x)
	y, z := next("y"), next("z")
	fmt.Println(y, z)
}

// Output:
// call a 1
// call b 2
// call c 3
// 123
// call l 4
// call r 5
// -1
// call y 6
// call z 7
// 6 7
