// Floor, Ceil, Trunc, Round (half away from zero) and RoundToEven (half
// to even) over halves, negatives, signed zeros, huge values and NaN.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 0.4, 0.5, 0.6, 1.5, 2.5, -0.5, -1.5, -2.5, -2.6,
		3.49999999999999999, 0.49999999999999994, 4503599627370495.5, 4503599627370497,
		-4503599627370495.5, 1e300, -1e-300, 5e-324, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, v := range vals {
		fmt.Println(v, math.Floor(v), math.Ceil(v), math.Trunc(v), math.Round(v), math.RoundToEven(v))
	}
	for x := -3.0; x <= 3; x += 0.25 {
		fmt.Print(math.Round(x), " ", math.RoundToEven(x), "|")
	}
	fmt.Println()
	fmt.Println(math.Signbit(math.Ceil(-0.5)), math.Signbit(math.Round(-0.4)), math.Signbit(math.RoundToEven(-0.5)), math.Signbit(math.Trunc(-0.9)))
}

// Output:
// 0 0 0 0 0 0
// -0 -0 -0 -0 -0 -0
// 0.4 0 1 0 0 0
// 0.5 0 1 0 1 0
// 0.6 0 1 0 1 1
// 1.5 1 2 1 2 2
// 2.5 2 3 2 3 2
// -0.5 -1 -0 -0 -1 -0
// -1.5 -2 -1 -1 -2 -2
// -2.5 -3 -2 -2 -3 -2
// -2.6 -3 -2 -2 -3 -3
// 3.5 3 4 3 4 4
// 0.49999999999999994 0 1 0 0 0
// 4.5035996273704955e+15 4.503599627370495e+15 4.503599627370496e+15 4.503599627370495e+15 4.503599627370496e+15 4.503599627370496e+15
// 4.503599627370497e+15 4.503599627370497e+15 4.503599627370497e+15 4.503599627370497e+15 4.503599627370497e+15 4.503599627370497e+15
// -4.5035996273704955e+15 -4.503599627370496e+15 -4.503599627370495e+15 -4.503599627370495e+15 -4.503599627370496e+15 -4.503599627370496e+15
// 1e+300 1e+300 1e+300 1e+300 1e+300 1e+300
// -1e-300 -1 -0 -0 -0 -0
// 5e-324 0 1 0 0 0
// +Inf +Inf +Inf +Inf +Inf +Inf
// -Inf -Inf -Inf -Inf -Inf -Inf
// NaN NaN NaN NaN NaN NaN
// -3 -3|-3 -3|-3 -2|-2 -2|-2 -2|-2 -2|-2 -2|-1 -1|-1 -1|-1 -1|-1 -0|-0 -0|0 0|0 0|1 0|1 1|1 1|1 1|2 2|2 2|2 2|2 2|3 2|3 3|3 3|
// true true true true
