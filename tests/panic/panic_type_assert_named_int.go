package main

import "fmt"

type MyInt int

func main() {
	var v interface{} = MyInt(3)
	m, ok := v.(int)
	fmt.Println(m, ok)
	fmt.Println(v.(MyInt))
	fmt.Println(v.(int))
}

// Error:
// 0 false
// 3
// panic: interface conversion: interface {} is main.MyInt, not int
//
// goroutine 1 [running]:
// main.main()
// exit status 2
