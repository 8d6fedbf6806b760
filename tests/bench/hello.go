// The smallest program: measures start-up time (parse, check, compile, run).
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
