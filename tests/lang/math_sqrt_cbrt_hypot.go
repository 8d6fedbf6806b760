package main

import (
	"fmt"
	"math"
)

func main() {
	negZero := math.Copysign(0, -1)
	for _, v := range []float64{0, negZero, 1, 2, 3, 4, 1e-310, 1e308, 0.01, 27, -27, -1, math.Inf(1), math.Inf(-1), math.NaN(), 1e-320} {
		fmt.Println(v, math.Sqrt(v), math.Cbrt(v))
	}
	fmt.Println(math.Signbit(math.Sqrt(negZero)), math.Signbit(math.Cbrt(negZero)))
	pairs := [][2]float64{{3, 4}, {-3, 4}, {0, 0}, {1e308, 1e308}, {1e-308, 1e-308}, {5, 12},
		{math.Inf(-1), math.NaN()}, {math.NaN(), 1}, {math.NaN(), math.Inf(1)}, {2, 1e-20}}
	for _, p := range pairs {
		fmt.Println(p[0], p[1], math.Hypot(p[0], p[1]))
	}
	s := 0.0
	for i := 1; i <= 1000; i++ {
		s += math.Sqrt(float64(i)) + math.Cbrt(float64(i))
	}
	fmt.Println(s)
}

// Output:
// 0 0 0
// -0 -0 -0
// 1 1 1
// 2 1.4142135623730951 1.2599210498948732
// 3 1.7320508075688772 1.4422495703074083
// 4 2 1.5874010519681994
// 1e-310 9.999999999999986e-156 4.641588833612774e-104
// 1e+308 1e+154 4.641588833612779e+102
// 0.01 0.1 0.21544346900318836
// 27 5.196152422706632 3
// -27 NaN -3
// -1 NaN -1
// +Inf +Inf +Inf
// -Inf NaN -Inf
// NaN NaN NaN
// 1e-320 9.99994433575849e-161 2.1544266950262728e-107
// true true
// 3 4 5
// -3 4 5
// 0 0 0
// 1e+308 1e+308 1.4142135623730951e+308
// 1e-308 1e-308 1.414213562373095e-308
// 5 12 13
// -Inf NaN +Inf
// NaN 1 NaN
// NaN +Inf +Inf
// 2 1e-20 2
// 28602.178822210637
