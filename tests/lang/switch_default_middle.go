package main

import "fmt"

func calls(name string, v int) int {
	fmt.Println("eval", name)
	return v
}

func main() {
	x := 2
	switch x {
	case calls("a", 1):
		fmt.Println("a")
	default:
		fmt.Println("default")
	case calls("b", 5), calls("c", 2), calls("d", 2):
		fmt.Println("bcd")
	}
	switch {
	default:
		fmt.Println("only default")
	}
	switch x {
	}
	switch y := x * 2; {
	case y > 3:
		fmt.Println("y", y)
		break
		fmt.Println("unreached")
	}
}

// Output:
// eval a
// eval b
// eval c
// bcd
// only default
// y 4
