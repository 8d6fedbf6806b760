package main

import "fmt"

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func counted() (result string, err error) {
	defer func() {
		if err != nil {
			result = "failed: " + err.Error()
		}
	}()
	return "", fmt.Errorf("disk full")
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func order() (s string) {
	defer func() { s += " c" }()
	defer func() { s += " b" }()
	s = "a"
	return s
}

func main() {
	fmt.Println(double())
	fmt.Println(counted())
	fmt.Println(unnamed())
	fmt.Println(order())
}

// Output:
// 42
// failed: disk full disk full
// 1
// a b c
