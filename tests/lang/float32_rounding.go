package main

import "fmt"

func main() {
	var f float32 = 0.1
	fmt.Println(f, float64(f))
	var g float32 = 16777216
	g++
	fmt.Println(g, g+2)
	h := float32(1) / 3
	fmt.Println(h, float64(h), h*3)
	var a, b float32 = 1.1, 2.2
	fmt.Println(a+b, float64(a)+float64(b))
	x := 1e20
	fmt.Println(float32(x) * float32(x))
	fmt.Println(float32(x), float32(x)*1e20)
	fmt.Println(float32(0.1)+float32(0.2), float32(1e-45), float32(1e-46))
}

// Output:
// 0.1 0.10000000149011612
// 1.6777216e+07 1.6777218e+07
// 0.33333334 0.3333333432674408 1
// 3.3000002 3.3000000715255737
// +Inf
// 1e+20 +Inf
// 0.3 1e-45 0
