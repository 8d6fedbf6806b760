package main

import "fmt"

func f(n int) {
	switch n {
	case 1:
		fmt.Print("one ")
		fallthrough
	case 2:
		fmt.Print("two ")
		fallthrough
	default:
		fmt.Print("default ")
	case 3:
		fmt.Print("three ")
		fallthrough
	case 4:
		fmt.Print("four")
	}
	fmt.Println()
}

func main() {
	f(1)
	f(2)
	f(3)
	f(4)
	f(9)
}

// Output:
// one two default 
// two default 
// three four
// four
// default 
