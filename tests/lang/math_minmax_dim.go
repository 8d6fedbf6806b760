package main

import (
	"fmt"
	"math"
)

func main() {
	nz, inf, nan := math.Copysign(0, -1), math.Inf(1), math.NaN()
	vals := []float64{1, -2, 0, nz, inf, -inf, nan}
	for _, x := range vals {
		for _, y := range vals {
			mx, mn, d := math.Max(x, y), math.Min(x, y), math.Dim(x, y)
			fmt.Println(x, y, mx, math.Signbit(mx), mn, math.Signbit(mn), d)
		}
	}
	fmt.Println(math.Float64bits(math.Max(nan, 1)), math.Float64bits(math.Min(1, nan)))
}

// Output:
// 1 1 1 false 1 false 0
// 1 -2 1 false -2 true 3
// 1 0 1 false 0 false 1
// 1 -0 1 false -0 true 1
// 1 +Inf +Inf false 1 false 0
// 1 -Inf 1 false -Inf true +Inf
// 1 NaN NaN false NaN false NaN
// -2 1 1 false -2 true 0
// -2 -2 -2 true -2 true 0
// -2 0 0 false -2 true 0
// -2 -0 -0 true -2 true 0
// -2 +Inf +Inf false -2 true 0
// -2 -Inf -2 true -Inf true +Inf
// -2 NaN NaN false NaN false NaN
// 0 1 1 false 0 false 0
// 0 -2 0 false -2 true 2
// 0 0 0 false 0 false 0
// 0 -0 0 false -0 true 0
// 0 +Inf +Inf false 0 false 0
// 0 -Inf 0 false -Inf true +Inf
// 0 NaN NaN false NaN false NaN
// -0 1 1 false -0 true 0
// -0 -2 -0 true -2 true 2
// -0 0 0 false -0 true 0
// -0 -0 -0 true -0 true 0
// -0 +Inf +Inf false -0 true 0
// -0 -Inf -0 true -Inf true +Inf
// -0 NaN NaN false NaN false NaN
// +Inf 1 +Inf false 1 false +Inf
// +Inf -2 +Inf false -2 true +Inf
// +Inf 0 +Inf false 0 false +Inf
// +Inf -0 +Inf false -0 true +Inf
// +Inf +Inf +Inf false +Inf false NaN
// +Inf -Inf +Inf false -Inf true +Inf
// +Inf NaN +Inf false NaN false NaN
// -Inf 1 1 false -Inf true 0
// -Inf -2 -2 true -Inf true 0
// -Inf 0 0 false -Inf true 0
// -Inf -0 -0 true -Inf true 0
// -Inf +Inf +Inf false -Inf true 0
// -Inf -Inf -Inf true -Inf true NaN
// -Inf NaN NaN false -Inf true NaN
// NaN 1 NaN false NaN false NaN
// NaN -2 NaN false NaN false NaN
// NaN 0 NaN false NaN false NaN
// NaN -0 NaN false NaN false NaN
// NaN +Inf +Inf false NaN false NaN
// NaN -Inf NaN false -Inf true NaN
// NaN NaN NaN false NaN false NaN
// 9221120237041090561 9221120237041090561
