// strconv.ParseFloat on hexadecimal floats: the p exponent is required,
// mantissas with points, rounding of long mantissas to 53 and 24 bits,
// denormals and overflow.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0x1p0", "0x1P0", "0X1p-2", "0x1.8p1", "-0x1.8p1", "0x.8p1", "0x1.p1", "0xA.Bp4",
		"0xffp0", "0x1", "0x1.8", "0xp1", "0x1p", "0x1p+", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1p-1076",
		"0x1p1023", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1p1024",
		"0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000001p0",
		"0x123456789abcdef0123p0", "0x0p0", "-0x0p0", "0x0p99999", "0x1p-99999", "0x1p99999",
		"0x1_0p0", "0x_1p0", "0x1__0p0", "0x1p1_0", "0x1.0000008p0", "0x1.0000018p0", "0x1p-149", "0x1p-150",
		"0x1p128", "0x1.fffffep127", "0x1.ffffffp127"} {
		f, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%q %v %b %v | %v %b %v\n", s, f, f, err, f32, float32(f32), err32)
	}
}
// Output:
// "0x1p0" 1 4503599627370496p-52 <nil> | 1 8388608p-23 <nil>
// "0x1P0" 1 4503599627370496p-52 <nil> | 1 8388608p-23 <nil>
// "0X1p-2" 0.25 4503599627370496p-54 <nil> | 0.25 8388608p-25 <nil>
// "0x1.8p1" 3 6755399441055744p-51 <nil> | 3 12582912p-22 <nil>
// "-0x1.8p1" -3 -6755399441055744p-51 <nil> | -3 -12582912p-22 <nil>
// "0x.8p1" 1 4503599627370496p-52 <nil> | 1 8388608p-23 <nil>
// "0x1.p1" 2 4503599627370496p-51 <nil> | 2 8388608p-22 <nil>
// "0xA.Bp4" 171 6016527627190272p-45 <nil> | 171 11206656p-16 <nil>
// "0xffp0" 255 8972014882652160p-45 <nil> | 255 16711680p-16 <nil>
// "0x1" 0 0p-1074 strconv.ParseFloat: parsing "0x1": invalid syntax | 0 0p-149 strconv.ParseFloat: parsing "0x1": invalid syntax
// "0x1.8" 0 0p-1074 strconv.ParseFloat: parsing "0x1.8": invalid syntax | 0 0p-149 strconv.ParseFloat: parsing "0x1.8": invalid syntax
// "0xp1" 0 0p-1074 strconv.ParseFloat: parsing "0xp1": invalid syntax | 0 0p-149 strconv.ParseFloat: parsing "0xp1": invalid syntax
// "0x1p" 0 0p-1074 strconv.ParseFloat: parsing "0x1p": invalid syntax | 0 0p-149 strconv.ParseFloat: parsing "0x1p": invalid syntax
// "0x1p+" 0 0p-1074 strconv.ParseFloat: parsing "0x1p+": invalid syntax | 0 0p-149 strconv.ParseFloat: parsing "0x1p+": invalid syntax
// "0x1p-1074" 5e-324 1p-1074 <nil> | 0 0p-149 <nil>
// "0x1p-1075" 0 0p-1074 <nil> | 0 0p-149 <nil>
// "0x1.8p-1075" 5e-324 1p-1074 <nil> | 0 0p-149 <nil>
// "0x1p-1076" 0 0p-1074 <nil> | 0 0p-149 <nil>
// "0x1p1023" 8.98846567431158e+307 4503599627370496p+971 <nil> | +Inf +Inf strconv.ParseFloat: parsing "0x1p1023": value out of range
// "0x1.fffffffffffffp1023" 1.7976931348623157e+308 9007199254740991p+971 <nil> | +Inf +Inf strconv.ParseFloat: parsing "0x1.fffffffffffffp1023": value out of range
// "0x1.fffffffffffff8p1023" +Inf +Inf strconv.ParseFloat: parsing "0x1.fffffffffffff8p1023": value out of range | +Inf +Inf strconv.ParseFloat: parsing "0x1.fffffffffffff8p1023": value out of range
// "0x1p1024" +Inf +Inf strconv.ParseFloat: parsing "0x1p1024": value out of range | +Inf +Inf strconv.ParseFloat: parsing "0x1p1024": value out of range
// "0x1.00000000000008p0" 1 4503599627370496p-52 <nil> | 1 8388608p-23 <nil>
// "0x1.00000000000018p0" 1.0000000000000004 4503599627370498p-52 <nil> | 1 8388608p-23 <nil>
// "0x1.000000000000080000001p0" 1.0000000000000002 4503599627370497p-52 <nil> | 1 8388608p-23 <nil>
// "0x123456789abcdef0123p0" 5.373003642731685e+21 5124095576030431p+20 <nil> | 5.373003772835674e+21 9544372p+49 <nil>
// "0x0p0" 0 0p-1074 <nil> | 0 0p-149 <nil>
// "-0x0p0" -0 -0p-1074 <nil> | -0 -0p-149 <nil>
// "0x0p99999" 0 0p-1074 <nil> | 0 0p-149 <nil>
// "0x1p-99999" 0 0p-1074 <nil> | 0 0p-149 <nil>
// "0x1p99999" +Inf +Inf strconv.ParseFloat: parsing "0x1p99999": value out of range | +Inf +Inf strconv.ParseFloat: parsing "0x1p99999": value out of range
// "0x1_0p0" 16 4503599627370496p-48 <nil> | 16 8388608p-19 <nil>
// "0x_1p0" 1 4503599627370496p-52 <nil> | 1 8388608p-23 <nil>
// "0x1__0p0" 0 0p-1074 strconv.ParseFloat: parsing "0x1__0p0": invalid syntax | 0 0p-149 strconv.ParseFloat: parsing "0x1__0p0": invalid syntax
// "0x1p1_0" 1024 4503599627370496p-42 <nil> | 1024 8388608p-13 <nil>
// "0x1.0000008p0" 1.0000000298023224 4503599761588224p-52 <nil> | 1 8388608p-23 <nil>
// "0x1.0000018p0" 1.0000000894069672 4503600030023680p-52 <nil> | 1.0000001192092896 8388609p-23 <nil>
// "0x1p-149" 1.401298464324817e-45 4503599627370496p-201 <nil> | 1.401298464324817e-45 1p-149 <nil>
// "0x1p-150" 7.006492321624085e-46 4503599627370496p-202 <nil> | 0 0p-149 <nil>
// "0x1p128" 3.402823669209385e+38 4503599627370496p+76 <nil> | +Inf +Inf strconv.ParseFloat: parsing "0x1p128": value out of range
// "0x1.fffffep127" 3.4028234663852886e+38 9007198717870080p+75 <nil> | 3.4028234663852886e+38 16777215p+104 <nil>
// "0x1.ffffffp127" 3.4028235677973366e+38 9007198986305536p+75 <nil> | +Inf +Inf strconv.ParseFloat: parsing "0x1.ffffffp127": value out of range
