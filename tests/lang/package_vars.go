package main

import "fmt"

var counter int
var name = "gvm"
var ratio float64 = 0.5
var flag bool

func bump() {
	counter++
}

func main() {
	fmt.Println(counter, name, ratio, flag)
	for i := 0; i < 5; i++ {
		bump()
	}
	name += "!"
	ratio *= 3
	flag = !flag
	fmt.Println(counter, name, ratio, flag)
}

// Output:
// 0 gvm 0.5 false
// 5 gvm! 1.5 true
