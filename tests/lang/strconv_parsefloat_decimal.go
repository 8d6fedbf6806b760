// strconv.ParseFloat on decimal texts: signs, points, exponents, leading
// zeros, and the syntax errors.  %b prints the exact bits of each result.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "-0", "+0", "1", "-1", "1.5", ".5", "5.", "0.1", "-0.1", "3.14159265358979",
		"1e10", "1E10", "1e+10", "1e-10", "1.5e3", "-2.5E-3", "000123.4500", "0.000001", "123456789012345678901234567890",
		"1e", "1e+", "e5", ".", "-.", "+.e1", "1.2.3", "1..2", "--1", "1e1.5", "0x", "abc", "", " 1", "1 ",
		"12345678901234567890e-10", "9007199254740993", "9007199254740992", "9007199254740991",
		"0.30000000000000004", "2.2250738585072014e-308", "1.7976931348623157e308"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("%q %v %b %v\n", s, f, f, err)
	}
}
// Output:
// "0" 0 0p-1074 <nil>
// "-0" -0 -0p-1074 <nil>
// "+0" 0 0p-1074 <nil>
// "1" 1 4503599627370496p-52 <nil>
// "-1" -1 -4503599627370496p-52 <nil>
// "1.5" 1.5 6755399441055744p-52 <nil>
// ".5" 0.5 4503599627370496p-53 <nil>
// "5." 5 5629499534213120p-50 <nil>
// "0.1" 0.1 7205759403792794p-56 <nil>
// "-0.1" -0.1 -7205759403792794p-56 <nil>
// "3.14159265358979" 3.14159265358979 7074237752028433p-51 <nil>
// "1e10" 1e+10 5242880000000000p-19 <nil>
// "1E10" 1e+10 5242880000000000p-19 <nil>
// "1e+10" 1e+10 5242880000000000p-19 <nil>
// "1e-10" 1e-10 7737125245533627p-86 <nil>
// "1.5e3" 1500 6597069766656000p-42 <nil>
// "-2.5E-3" -0.0025 -5764607523034235p-61 <nil>
// "000123.4500" 123.45 8687021468732621p-46 <nil>
// "0.000001" 1e-06 4722366482869645p-72 <nil>
// "123456789012345678901234567890" 1.2345678901234568e+29 7017705969039166p+44 <nil>
// "1e" 0 0p-1074 strconv.ParseFloat: parsing "1e": invalid syntax
// "1e+" 0 0p-1074 strconv.ParseFloat: parsing "1e+": invalid syntax
// "e5" 0 0p-1074 strconv.ParseFloat: parsing "e5": invalid syntax
// "." 0 0p-1074 strconv.ParseFloat: parsing ".": invalid syntax
// "-." 0 0p-1074 strconv.ParseFloat: parsing "-.": invalid syntax
// "+.e1" 0 0p-1074 strconv.ParseFloat: parsing "+.e1": invalid syntax
// "1.2.3" 0 0p-1074 strconv.ParseFloat: parsing "1.2.3": invalid syntax
// "1..2" 0 0p-1074 strconv.ParseFloat: parsing "1..2": invalid syntax
// "--1" 0 0p-1074 strconv.ParseFloat: parsing "--1": invalid syntax
// "1e1.5" 0 0p-1074 strconv.ParseFloat: parsing "1e1.5": invalid syntax
// "0x" 0 0p-1074 strconv.ParseFloat: parsing "0x": invalid syntax
// "abc" 0 0p-1074 strconv.ParseFloat: parsing "abc": invalid syntax
// "" 0 0p-1074 strconv.ParseFloat: parsing "": invalid syntax
// " 1" 0 0p-1074 strconv.ParseFloat: parsing " 1": invalid syntax
// "1 " 0 0p-1074 strconv.ParseFloat: parsing "1 ": invalid syntax
// "12345678901234567890e-10" 1.2345678901234567e+09 5178153039816375p-22 <nil>
// "9007199254740993" 9.007199254740992e+15 4503599627370496p+1 <nil>
// "9007199254740992" 9.007199254740992e+15 4503599627370496p+1 <nil>
// "9007199254740991" 9.007199254740991e+15 9007199254740991p+0 <nil>
// "0.30000000000000004" 0.30000000000000004 5404319552844596p-54 <nil>
// "2.2250738585072014e-308" 2.2250738585072014e-308 4503599627370496p-1074 <nil>
// "1.7976931348623157e308" 1.7976931348623157e+308 9007199254740991p+971 <nil>
