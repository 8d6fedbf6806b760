package main

import "fmt"

func main() {
	fs := 3.99
	fmt.Println(int(fs), int(-fs), int64(2.5e9), int32(fs*100))
	var f float64 = 255.9
	fmt.Println(uint8(f), int(f))
	i := 7
	fmt.Println(float64(i)/2, float64(i/2), float32(i)/3)
	var big int64 = 9007199254740993
	fmt.Println(float64(big), int64(float64(big)))
	var u uint64 = 18446744073709551615
	fmt.Println(float64(u), float32(u))
	n := -5
	fmt.Println(float64(n), float32(n)*0.5)
}

// Output:
// 3 -3 2500000000 399
// 255 255
// 3.5 3 2.3333333
// 9.007199254740992e+15 9007199254740992
// 1.8446744073709552e+19 1.8446744e+19
// -5 -2.5
