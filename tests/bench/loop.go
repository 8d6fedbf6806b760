// A tight integer loop: 100M iterations of an add, a xor, a shift and a
// multiply on 64-bit ints, so the dispatch cost of the interpreter dominates.
package main

import "fmt"

func main() {
	x := 0
	y := 1
	for i := 0; i < 100000000; i++ {
		x += i ^ y
		y = (y*3 + 1) & 0xffff
	}
	fmt.Println(x, y)
}
