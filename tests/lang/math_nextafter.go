package main

import (
	"fmt"
	"math"
)

func main() {
	nz, inf, nan := math.Copysign(0, -1), math.Inf(1), math.NaN()
	cases := [][2]float64{{1, 2}, {1, 0}, {0, 1}, {0, -1}, {nz, 1}, {-1, -2}, {-1, 0}, {1, 1},
		{math.MaxFloat64, inf}, {inf, 0}, {-inf, 0}, {5e-324, 0}, {-5e-324, 0}, {nan, 1}, {1, nan}}
	for _, c := range cases {
		r := math.Nextafter(c[0], c[1])
		fmt.Println(c[0], c[1], r, math.Float64bits(r))
	}
	var f32 = []float32{1, 0, -1, 3.4028235e38, 1e-45}
	for _, x := range f32 {
		inf := float32(math.Inf(1))
		up, down := math.Nextafter32(x, inf), math.Nextafter32(x, -inf)
		fmt.Println(x, up, down, math.Float32bits(up), math.Float32bits(down))
	}
	fmt.Println(math.Nextafter32(0, -1), math.Nextafter32(float32(math.NaN()), 1), math.Nextafter32(2, 2))
	x := 1.0
	for i := 0; i < 5; i++ {
		x = math.Nextafter(x, 2)
	}
	fmt.Println(x, x-1)
}


// Output:
// 1 2 1.0000000000000002 4607182418800017409
// 1 0 0.9999999999999999 4607182418800017407
// 0 1 5e-324 1
// 0 -1 -5e-324 9223372036854775809
// -0 1 5e-324 1
// -1 -2 -1.0000000000000002 13830554455654793217
// -1 0 -0.9999999999999999 13830554455654793215
// 1 1 1 4607182418800017408
// 1.7976931348623157e+308 +Inf +Inf 9218868437227405312
// +Inf 0 1.7976931348623157e+308 9218868437227405311
// -Inf 0 -1.7976931348623157e+308 18442240474082181119
// 5e-324 0 0 0
// -5e-324 0 -0 9223372036854775808
// NaN 1 NaN 9221120237041090561
// 1 NaN NaN 9221120237041090561
// 1 1.0000001 0.99999994 1065353217 1065353215
// 0 1e-45 -1e-45 1 2147483649
// -1 -0.99999994 -1.0000001 3212836863 3212836865
// 3.4028235e+38 +Inf 3.4028233e+38 2139095040 2139095038
// 1e-45 3e-45 0 2 0
// -1e-45 NaN 2
// 1.000000000000001 1.1102230246251565e-15
