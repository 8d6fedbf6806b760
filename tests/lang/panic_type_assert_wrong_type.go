package main

import "fmt"

func main() {
	var v interface{} = "hello"
	s := v.(string)
	fmt.Println(s)
	n := v.(int)
	fmt.Println(n)
}

// Error:
// hello
// panic: interface conversion: interface {} is string, not int
//
// goroutine 1 [running]:
// main.main()
// exit status 2
