package main

import "fmt"

func main() {
	var zero float64
	inf := 1 / zero
	nan := inf - inf
	fmt.Println(inf+1, inf*-2, inf/inf, nan+1, -nan)
	fmt.Println(int64(1e18), 1e18 == float64(int64(1e18)))
	x := 2.0
	for i := 0; i < 10; i++ {
		x = x * x
	}
	fmt.Println(x)
	y := 1.0
	for i := 0; i < 1100; i++ {
		y /= 2
	}
	fmt.Println(y, y == 0)
	fmt.Println(5e-324, 5e-324/2)
}

// Output:
// +Inf -Inf NaN NaN NaN
// 1000000000000000000 true
// +Inf
// 0 true
// 5e-324 5e-324
