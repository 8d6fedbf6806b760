package main

import "fmt"

func main() {
	var s32 float32
	var s64 float64
	for i := 0; i < 1000; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	fmt.Println(s32, s64)
	var p float32 = 1
	for i := 0; i < 30; i++ {
		p *= 1.5
	}
	fmt.Println(p, float64(p))
	var big float32 = 1e8
	fmt.Println(big+1 == big, big+8)
	fmt.Printf("%.10f %.10f\n", float32(1)/7, 1.0/7)
}

// Output:
// 99.99905 99.9999999999986
// 191751.08 191751.078125
// true 1.0000001e+08
// 0.1428571492 0.1428571429
