// The constants of package math are untyped and exact: they take the type
// their use asks for, and arithmetic on them keeps every digit.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Phi)
	fmt.Println(math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi)
	fmt.Println(math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8)
	fmt.Println(math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(uint(math.MaxUint), math.MaxUint8, math.MaxUint16, math.MaxUint32)
	var u uint64 = math.MaxUint64
	fmt.Println(u, uint64(math.MaxUint64), u == math.MaxUint64)
	fmt.Printf("%T %T %T\n", math.Pi, math.MaxInt8, math.MaxFloat64)

	// exact constant arithmetic before any rounding
	fmt.Println(math.Pi*1e20, math.Pi/1e20, math.Pi*math.Pi)
	fmt.Println(math.MaxUint64/3, math.MaxUint64>>60, math.MaxInt64+math.MinInt64)
	const twoPi = 2 * math.Pi
	fmt.Println(twoPi, float32(twoPi), twoPi-2*math.Pi == 0)
	fmt.Println(math.Log2E*math.Ln2 == 1, math.Log10E*math.Ln10)
	var f32 float32 = math.Pi
	var i8 int8 = math.MinInt8
	var u16 uint16 = math.MaxUint16
	fmt.Println(f32, i8, u16, float32(math.MaxFloat32))
}

// Output:
// 3.141592653589793 2.718281828459045 1.618033988749895
// 1.4142135623730951 1.6487212707001282 1.772453850905516 1.272019649514069
// 0.6931471805599453 1.4426950408889634 2.302585092994046 0.4342944819032518
// 3.4028234663852886e+38 1.401298464324817e-45
// 1.7976931348623157e+308 5e-324
// 9223372036854775807 -9223372036854775808 127 -128
// 32767 -32768 2147483647 -2147483648
// 9223372036854775807 -9223372036854775808
// 18446744073709551615 255 65535 4294967295
// 18446744073709551615 18446744073709551615 true
// float64 int float64
// 3.1415926535897933e+20 3.141592653589793e-20 9.869604401089358
// 6148914691236517205 15 -1
// 6.283185307179586 6.2831855 true
// true 1
// 3.1415927 -128 65535 3.4028235e+38
