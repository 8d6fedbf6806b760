package main

import (
	"fmt"
	"math"
)

func main() {
	// FMA rounds once: x*y+z exactly, then to float64
	x := 1.0 + 0x1p-30
	fmt.Println(math.FMA(x, x, -1), x*x-1)
	fmt.Println(math.FMA(0.1, 10, -1), 0.1*10-1)
	fmt.Println(math.FMA(2, 3, 4), math.FMA(math.Inf(1), 0, 1), math.FMA(1e308, 10, -1e308))
	fmt.Println(math.FMA(math.Inf(1), 1, math.Inf(-1)), math.FMA(0, math.Copysign(0, -1), 0))
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -2, math.Pi, 1e10, 1e300, math.Inf(1), math.NaN()} {
		s, c := math.Sincos(v)
		fmt.Println(v, s, c, s == math.Sin(v), c == math.Cos(v))
	}
}

// Output:
// 1.8626451500983188e-09 1.862645149230957e-09
// 5.551115123125783e-17 0
// 10 NaN +Inf
// NaN 0
// 0 0 1 true true
// -0 -0 1 true true
// 1 0.8414709848078965 0.5403023058681398 true true
// -2 -0.9092974268256816 -0.4161468365471424 true true
// 3.141592653589793 1.2246467991473515e-16 -1 true true
// 1e+10 -0.48750602508751073 0.873119622676856 true true
// 1e+300 -0.8178819121159087 -0.5753861119575491 true true
// +Inf NaN NaN false false
// NaN NaN NaN false false
