package main

import "fmt"

func main() {
	var zero float64
	nan := zero / zero
	inf := 1 / zero
	fmt.Println(nan, inf, -inf, -zero)
	fmt.Printf("%f %f %f %f\n", nan, inf, -inf, -zero)
	fmt.Printf("%v %g %e %.2f\n", -zero, -zero, -zero, -zero)
	fmt.Printf("[%8f][%-8f][%08f][%+f]\n", inf, inf, -inf, inf)
	fmt.Printf("[%+f][% f][%8.2f]\n", nan, nan, nan)
	fmt.Println(0.1+0.2, 1e21, 1e-5, 1e20, 0.000001)
	fmt.Printf("%v %v %v\n", 0.1+0.2, float32(0.1), float32(0.1)+float32(0.2))
}

// Output:
// NaN +Inf -Inf -0
// NaN +Inf -Inf -0.000000
// -0 -0 -0.000000e+00 -0.00
// [    +Inf][+Inf    ][    -Inf][+Inf]
// [+NaN][ NaN][     NaN]
// 0.3 1e+21 1e-05 1e+20 1e-06
// 0.3 0.1 0.3
