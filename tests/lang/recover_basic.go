package main

import "fmt"

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(recover())
	func() {
		defer func() {
			fmt.Println("recovered value:", recover())
		}()
		panic("boom")
	}()
	fmt.Println("after recovered panic")
}

// Output:
// 5 <nil>
// 0 recovered: runtime error: integer divide by zero
// <nil>
// recovered value: boom
// after recovered panic
