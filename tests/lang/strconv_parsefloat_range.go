// strconv.ParseFloat at the ends of the float64 and float32 ranges:
// overflow is ±Inf with ErrRange, underflow goes to denormals and zero
// without an error, huge exponents.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1e308", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
		"1e309", "-1e309", "1e400", "1e99999999999", "-1e99999999999", "1e-99999999999", "4.9e-324", "5e-324",
		"2e-324", "3e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "1e-400", "-1e-400",
		"2.2250738585072011e-308", "2.225073858507201e-308", "0e99999", "0.000000000000000000000000000000e99999",
		"3.4028234663852886e38", "3.4028235e38", "3.4028236e38", "3.5e38", "1e39", "1.401298464324817e-45",
		"7e-46", "7.1e-46", "1e-46", "1.1754943508222875e-38"} {
		f, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%s %v %b %v | %v %b %v\n", s, f, f, err, f32, float32(f32), err32)
	}
}
// Output:
// 1e308 1e+308 5010420900022432p+971 <nil> | +Inf +Inf strconv.ParseFloat: parsing "1e308": value out of range
// 1.7976931348623157e308 1.7976931348623157e+308 9007199254740991p+971 <nil> | +Inf +Inf strconv.ParseFloat: parsing "1.7976931348623157e308": value out of range
// 1.7976931348623158e308 1.7976931348623157e+308 9007199254740991p+971 <nil> | +Inf +Inf strconv.ParseFloat: parsing "1.7976931348623158e308": value out of range
// 1.7976931348623159e308 +Inf +Inf strconv.ParseFloat: parsing "1.7976931348623159e308": value out of range | +Inf +Inf strconv.ParseFloat: parsing "1.7976931348623159e308": value out of range
// 1e309 +Inf +Inf strconv.ParseFloat: parsing "1e309": value out of range | +Inf +Inf strconv.ParseFloat: parsing "1e309": value out of range
// -1e309 -Inf -Inf strconv.ParseFloat: parsing "-1e309": value out of range | -Inf -Inf strconv.ParseFloat: parsing "-1e309": value out of range
// 1e400 +Inf +Inf strconv.ParseFloat: parsing "1e400": value out of range | +Inf +Inf strconv.ParseFloat: parsing "1e400": value out of range
// 1e99999999999 +Inf +Inf strconv.ParseFloat: parsing "1e99999999999": value out of range | +Inf +Inf strconv.ParseFloat: parsing "1e99999999999": value out of range
// -1e99999999999 -Inf -Inf strconv.ParseFloat: parsing "-1e99999999999": value out of range | -Inf -Inf strconv.ParseFloat: parsing "-1e99999999999": value out of range
// 1e-99999999999 0 0p-1074 <nil> | 0 0p-149 <nil>
// 4.9e-324 5e-324 1p-1074 <nil> | 0 0p-149 <nil>
// 5e-324 5e-324 1p-1074 <nil> | 0 0p-149 <nil>
// 2e-324 0 0p-1074 <nil> | 0 0p-149 <nil>
// 3e-324 5e-324 1p-1074 <nil> | 0 0p-149 <nil>
// 2.4703282292062328e-324 5e-324 1p-1074 <nil> | 0 0p-149 <nil>
// 2.4703282292062327e-324 0 0p-1074 <nil> | 0 0p-149 <nil>
// 1e-400 0 0p-1074 <nil> | 0 0p-149 <nil>
// -1e-400 -0 -0p-1074 <nil> | -0 -0p-149 <nil>
// 2.2250738585072011e-308 2.225073858507201e-308 4503599627370495p-1074 <nil> | 0 0p-149 <nil>
// 2.225073858507201e-308 2.225073858507201e-308 4503599627370495p-1074 <nil> | 0 0p-149 <nil>
// 0e99999 0 0p-1074 <nil> | 0 0p-149 <nil>
// 0.000000000000000000000000000000e99999 0 0p-1074 <nil> | 0 0p-149 <nil>
// 3.4028234663852886e38 3.4028234663852886e+38 9007198717870080p+75 <nil> | 3.4028234663852886e+38 16777215p+104 <nil>
// 3.4028235e38 3.4028235e+38 9007198806847480p+75 <nil> | 3.4028234663852886e+38 16777215p+104 <nil>
// 3.4028236e38 3.4028236e+38 9007199071545276p+75 <nil> | +Inf +Inf strconv.ParseFloat: parsing "3.4028236e38": value out of range
// 3.5e38 3.5e+38 4632211430296955p+76 <nil> | +Inf +Inf strconv.ParseFloat: parsing "3.5e38": value out of range
// 1e39 1e+39 6617444900424221p+77 <nil> | +Inf +Inf strconv.ParseFloat: parsing "1e39": value out of range
// 1.401298464324817e-45 1.401298464324817e-45 4503599627370496p-201 <nil> | 1.401298464324817e-45 1p-149 <nil>
// 7e-46 7e-46 8998853047850346p-203 <nil> | 0 0p-149 <nil>
// 7.1e-46 7.1e-46 4563704045695532p-202 <nil> | 1.401298464324817e-45 1p-149 <nil>
// 1e-46 1e-46 5142201741628769p-205 <nil> | 0 0p-149 <nil>
// 1.1754943508222875e-38 1.1754943508222875e-38 4503599627370496p-178 <nil> | 1.1754943508222875e-38 8388608p-149 <nil>
