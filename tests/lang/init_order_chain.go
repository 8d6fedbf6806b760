package main

import "fmt"

var x = trace("x", y*2)
var y = trace("y", z+1)
var z = trace("z", 5)
var w = trace("w", 0)
var v1, v2 = pair()

func trace(n string, v int) int {
	fmt.Println(n, v)
	return v
}

func pair() (int, int) {
	fmt.Println("pair", w)
	return w + 1, w + 2
}

func main() {
	fmt.Println(x, y, z, w, v1, v2)
}

// Output:
// z 5
// y 6
// x 12
// w 0
// pair 0
// 12 6 5 0 1 2
