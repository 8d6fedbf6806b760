// strconv.ParseFloat's special values: inf, infinity and nan in any case,
// signed infinities, and the near misses that are syntax errors.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"inf", "Inf", "INF", "+inf", "-inf", "infinity", "-Infinity", "+INFINITY",
		"nan", "NaN", "NAN", "+nan", "-nan", "infin", "infinityx", "infx", "nanx", "na", "in", "i", "n", "+", "-",
		"iNfInItY", "+Inf", "-Inf"} {
		f, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, f32, err32)
	}
}
// Output:
// inf +Inf <nil> +Inf <nil>
// Inf +Inf <nil> +Inf <nil>
// INF +Inf <nil> +Inf <nil>
// +inf +Inf <nil> +Inf <nil>
// -inf -Inf <nil> -Inf <nil>
// infinity +Inf <nil> +Inf <nil>
// -Infinity -Inf <nil> -Inf <nil>
// +INFINITY +Inf <nil> +Inf <nil>
// nan NaN <nil> NaN <nil>
// NaN NaN <nil> NaN <nil>
// NAN NaN <nil> NaN <nil>
// +nan 0 strconv.ParseFloat: parsing "+nan": invalid syntax 0 strconv.ParseFloat: parsing "+nan": invalid syntax
// -nan 0 strconv.ParseFloat: parsing "-nan": invalid syntax 0 strconv.ParseFloat: parsing "-nan": invalid syntax
// infin 0 strconv.ParseFloat: parsing "infin": invalid syntax 0 strconv.ParseFloat: parsing "infin": invalid syntax
// infinityx 0 strconv.ParseFloat: parsing "infinityx": invalid syntax 0 strconv.ParseFloat: parsing "infinityx": invalid syntax
// infx 0 strconv.ParseFloat: parsing "infx": invalid syntax 0 strconv.ParseFloat: parsing "infx": invalid syntax
// nanx 0 strconv.ParseFloat: parsing "nanx": invalid syntax 0 strconv.ParseFloat: parsing "nanx": invalid syntax
// na 0 strconv.ParseFloat: parsing "na": invalid syntax 0 strconv.ParseFloat: parsing "na": invalid syntax
// in 0 strconv.ParseFloat: parsing "in": invalid syntax 0 strconv.ParseFloat: parsing "in": invalid syntax
// i 0 strconv.ParseFloat: parsing "i": invalid syntax 0 strconv.ParseFloat: parsing "i": invalid syntax
// n 0 strconv.ParseFloat: parsing "n": invalid syntax 0 strconv.ParseFloat: parsing "n": invalid syntax
// + 0 strconv.ParseFloat: parsing "+": invalid syntax 0 strconv.ParseFloat: parsing "+": invalid syntax
// - 0 strconv.ParseFloat: parsing "-": invalid syntax 0 strconv.ParseFloat: parsing "-": invalid syntax
// iNfInItY +Inf <nil> +Inf <nil>
// +Inf +Inf <nil> +Inf <nil>
// -Inf -Inf <nil> -Inf <nil>
