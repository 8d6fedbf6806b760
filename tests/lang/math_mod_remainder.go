package main

import (
	"fmt"
	"math"
)

func main() {
	nz, inf, nan := math.Copysign(0, -1), math.Inf(1), math.NaN()
	cases := [][2]float64{{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {7.5, 2}, {1e300, 3}, {5e-324, 2e-323},
		{0, 5}, {nz, 5}, {5, 0}, {inf, 2}, {nan, 2}, {2, nan}, {3, inf}, {-3, -inf}, {6, 3}, {-6, 3},
		{5.5, 0.5}, {1e-310, 3e-311}, {10, 4}, {11, 4}, {9, 6}, {3, 6}, {1, 1e308}, {1e308, 1e-308}}
	for _, c := range cases {
		fmt.Println(c[0], c[1], math.Mod(c[0], c[1]), math.Remainder(c[0], c[1]))
	}
	fmt.Println(math.Signbit(math.Mod(nz, 3)), math.Signbit(math.Remainder(-6, 3)), math.Signbit(math.Remainder(6, 3)))
}

// Output:
// 7 3 1 1
// -7 3 -1 -1
// 7 -3 1 1
// -7 -3 -1 -1
// 7.5 2 1.5 -0.5
// 1e+300 3 0 0
// 5e-324 2e-323 5e-324 5e-324
// 0 5 0 0
// -0 5 -0 -0
// 5 0 NaN NaN
// +Inf 2 NaN NaN
// NaN 2 NaN NaN
// 2 NaN NaN NaN
// 3 +Inf 3 3
// -3 -Inf -3 -3
// 6 3 0 0
// -6 3 -0 -0
// 5.5 0.5 0 0
// 1e-310 3e-311 1.0000000000004e-311 1.0000000000004e-311
// 10 4 2 2
// 11 4 3 -1
// 9 6 3 -3
// 3 6 3 3
// 1 1e+308 1 1
// 1e+308 1e-308 3.498445546245627e-309 3.498445546245627e-309
// true true false
