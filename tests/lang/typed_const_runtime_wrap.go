package main

import "fmt"

const step int8 = 100
const ustep uint8 = 200

func main() {
	x := step
	x += step
	fmt.Println(x)
	y := ustep
	y += ustep
	fmt.Println(y)
	var z int16 = 1000
	for i := 0; i < 5; i++ {
		z *= 7
	}
	fmt.Println(z)
	var k uint32 = 1
	for i := 0; i < 40; i++ {
		k = k*3 + 1
	}
	fmt.Println(k)
}

// Output:
// -56
// 144
// 29784
// 1034935345
