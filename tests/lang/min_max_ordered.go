// min and max (Go 1.21), which Go 1.19 cannot run.  The expectation follows
// the spec: "min(x, y) ... for strings, the smallest (largest) in lexical
// byte-wise order"; "For numeric arguments, assuming all NaNs are equal,
// min and max are commutative and associative"; "if any argument is a NaN,
// the result is a NaN"; and its table for floating-point arguments:
// min(-0.0, 0.0) = -0.0, max(-0.0, 0.0) = 0.0, min(-Inf, y) = -Inf,
// max(+Inf, y) = +Inf.  A constant min/max is a constant of the operands'
// kind (c, d below).

package main

import "fmt"

type Name string

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min("b", "a", "c"), max("b", "a", "c"))
	fmt.Println(min(1.5, 2), max(uint8(3), 200), min(int8(-128), 5))
	var zero float64
	nan := zero / zero
	inf := 1 / zero
	negz := -zero
	fmt.Println(min(nan, 1), max(1, nan), min(1, 2, nan), max(nan, inf), min(-inf, nan), min(inf, -inf), max(-inf, 3))
	fmt.Println(1/min(zero, negz), 1/min(negz, zero), 1/max(negz, zero), 1/max(zero, negz))
	x, y := 5, 9
	fmt.Println(min(x), max(x, 7, y), min("", "a"), max("ab", "abc", "a"))
	const c = min(1, 2.5, 0.5)
	const d = max("x", "yy")
	fmt.Println(c, d)
	var a, b Name = "zed", "amy"
	fmt.Println(min(a, b), max(a, b, "bob"))
	var f32 float32 = 1.25
	fmt.Println(min(f32, 2), max(f32, -1), min(uint(7), 3))
	u := []uint64{1 << 63, 5}
	fmt.Println(max(u[0], u[1]), min(u[0], u[1]))
}

// Output:
// 1 3 a c
// 1.5 200 -128
// NaN NaN NaN NaN NaN -Inf 3
// -Inf -Inf +Inf +Inf
// 5 9  abc
// 0.5 yy
// amy zed
// 1.25 1.25 3
// 9223372036854775808 5
