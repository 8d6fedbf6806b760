package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%.2f %.10f %e %g %G\n", math.Pi, math.E, math.Sqrt2, math.Ln2, math.Log10E)
	fmt.Printf("%8.3f|%-8.3f|%+.1e\n", math.Sqrt(10), -math.Cbrt(10), math.Exp(100))
	fmt.Printf("%v %v %v %.3f\n", math.Inf(1), math.Inf(-1), math.NaN(), math.NaN())
	fmt.Printf("%5.1f|%-6v|%+v\n", math.Inf(1), math.NaN(), math.Inf(1))
	fmt.Printf("%x %b\n", math.Pi, 1.5)
	fmt.Println(math.Pi, float32(math.Pi), math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.Sin(math.Pi), math.Cos(math.Pi/2), math.Tan(math.Pi/4))
	s := fmt.Sprint(math.Exp(1), " ", math.Log(10))
	fmt.Println(s)
}

// Output:
// 3.14 2.7182818285 1.414214e+00 0.6931471805599453 0.4342944819032518
//    3.162|-2.154  |+2.7e+43
// +Inf -Inf NaN NaN
//  +Inf|NaN   |+Inf
// 0x1.921fb54442d18p+01 6755399441055744p-52
// 3.141592653589793 3.1415927 3.4028234663852886e+38 1.401298464324817e-45
// 1.2246467991473515e-16 6.123233995736757e-17 1
// 2.718281828459045 2.302585092994046
