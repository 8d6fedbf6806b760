// The bit conversions, including float32 values (kept as float64 in a
// register by gvm, rounded to float32 when converted).
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -2, 0.1, math.Pi, 5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1)} {
		b := math.Float64bits(f)
		fmt.Printf("%v %#016x %v\n", f, b, math.Float64frombits(b) == f)
	}
	fmt.Printf("%#x %#x\n", math.Float64bits(math.NaN()), math.Float64bits(-math.NaN()))
	fmt.Println(math.Float64frombits(0x7ff0000000000001), math.Float64frombits(0x3ff8000000000000), math.Float64frombits(1))
	for _, f := range []float32{0, 1, -1.5, 0.1, 3.4028235e38, 1e-45, float32(math.Inf(-1))} {
		b := math.Float32bits(f)
		fmt.Printf("%v %#08x %v\n", f, b, math.Float32frombits(b) == f)
	}
	fmt.Println(math.Float32frombits(0x3fc00000), math.Float32frombits(0x00000001), math.Float32frombits(0x7f800000))
	var x float32 = 16777216
	x += 1
	fmt.Println(x, math.Float32bits(x), math.Float32bits(x+2))
	fmt.Println(math.Float32bits(float32(0.1)+float32(0.2)), math.Float64bits(0.1+0.2))
}

// Output:
// 0 0x0000000000000000 true
// -0 0x8000000000000000 true
// 1 0x3ff0000000000000 true
// -2 0xc000000000000000 true
// 0.1 0x3fb999999999999a true
// 3.141592653589793 0x400921fb54442d18 true
// 5e-324 0x0000000000000001 true
// 1.7976931348623157e+308 0x7fefffffffffffff true
// +Inf 0x7ff0000000000000 true
// -Inf 0xfff0000000000000 true
// 0x7ff8000000000001 0xfff8000000000001
// NaN 1.5 5e-324
// 0 0x00000000 true
// 1 0x3f800000 true
// -1.5 0xbfc00000 true
// 0.1 0x3dcccccd true
// 3.4028235e+38 0x7f7fffff true
// 1e-45 0x00000001 true
// -Inf 0xff800000 true
// 1.5 1e-45 +Inf
// 1.6777216e+07 1266679808 1266679809
// 1050253722 4599075939470750515
