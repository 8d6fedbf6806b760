package main

import (
	"fmt"
	"math"
)

func main() {
	negZero := math.Copysign(0, -1)
	vals := []float64{3.5, -3.5, 0, negZero, math.Inf(1), math.Inf(-1), math.NaN(), math.SmallestNonzeroFloat64, -math.MaxFloat64}
	for _, v := range vals {
		fmt.Println(v, math.Abs(v), math.Signbit(v), math.Signbit(math.Abs(v)),
			math.Copysign(2, v), math.Copysign(v, -1), math.Copysign(v, 1))
	}
	fmt.Println(math.Float64bits(math.Abs(negZero)), math.Float64bits(negZero))
	fmt.Println(math.Signbit(math.Copysign(math.NaN(), -1)), math.Float64bits(math.Copysign(math.NaN(), -1)))
}

// Output:
// 3.5 3.5 false false 2 -3.5 3.5
// -3.5 3.5 true false -2 -3.5 3.5
// 0 0 false false 2 -0 0
// -0 0 true false -2 -0 0
// +Inf +Inf false false 2 -Inf +Inf
// -Inf +Inf true false -2 -Inf +Inf
// NaN NaN false false 2 NaN NaN
// 5e-324 5e-324 false false 2 -5e-324 5e-324
// -1.7976931348623157e+308 1.7976931348623157e+308 true false -2 -1.7976931348623157e+308 1.7976931348623157e+308
// 0 9223372036854775808
// true 18444492273895866369
