// float32 values through math's float64 functions and back.
package main

import (
	"fmt"
	"math"
)

func main() {
	var xs = []float32{0.1, 1.5, 3.14159, 1e-40, 3e38, -2.5}
	for _, x := range xs {
		y := float32(math.Sqrt(float64(x)))
		z := float32(math.Floor(float64(x)))
		fmt.Println(x, y, z, math.Float32bits(y), float32(math.Exp(float64(x))))
	}
	f := float32(math.MaxFloat32)
	fmt.Println(f, f*2, -f*2, math.IsInf(float64(f*2), 1))
	g := float32(math.SmallestNonzeroFloat32)
	fmt.Println(g, g/2, math.Float32bits(g))
	h := float32(math.Pi)
	fmt.Println(h, float64(h), float64(h) == math.Pi, math.Float32bits(h))
}

// Output:
// 0.1 0.31622776 0 1050798235 1.105171
// 1.5 1.2247449 1 1067238513 4.481689
// 3.14159 1.7724532 3 1071833023 23.140635
// 1e-40 9.999973e-21 0 507307239 1
// 3e+38 1.7320508e+19 3e+38 1601199822 +Inf
// -2.5 NaN -3 4290772992 0.082085
// 3.4028235e+38 +Inf -Inf true
// 1e-45 0 1
// 3.1415927 3.1415927410125732 false 1078530011
