package main

import "fmt"

func avg(a, b, c int) float64 {
	return float64(a+b+c) / 3
}

func main() {
	fmt.Println(avg(1, 2, 4), avg(3, 3, 3))
	f := 9.99
	n := int(f * 100)
	fmt.Println(n, float64(n)/100)
	var i32 int32 = 7
	var f32 float32 = 2
	fmt.Println(float32(i32)/f32, int32(float32(i32)/f32))
	x := 1 << 53
	fmt.Println(float64(x)+1 == float64(x), int64(float64(x+1)))
	neg, pos := -7.9, 7.9
	fmt.Println(int(neg), int(pos), uint8(int(neg)+256))
}

// Output:
// 2.3333333333333335 3
// 999 9.99
// 3.5 3
// true 9007199254740992
// -7 7 249
