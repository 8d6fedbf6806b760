// strconv.FormatFloat of infinities and NaN in every format, and an
// unknown format byte, which Go prints as %c.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	zero := 0.0
	inf := 1 / zero
	nan := zero / zero
	for _, v := range []float64{inf, -inf, nan} {
		for _, f := range []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X'} {
			fmt.Print(strconv.FormatFloat(v, f, -1, 64), " ", strconv.FormatFloat(v, f, 3, 32), " ")
		}
		fmt.Println()
	}
	fmt.Println(strconv.FormatFloat(1.5, 'z', -1, 64), strconv.FormatFloat(1.5, 'v', 2, 64), strconv.FormatFloat(-2, 'q', 0, 32))
	fmt.Println(strconv.FormatFloat(1e40, 'g', -1, 32), strconv.FormatFloat(1e-50, 'g', -1, 32))
}
// Output:
// +Inf +Inf +Inf +Inf +Inf +Inf +Inf +Inf +Inf +Inf +Inf +Inf +Inf +Inf +Inf +Inf 
// -Inf -Inf -Inf -Inf -Inf -Inf -Inf -Inf -Inf -Inf -Inf -Inf -Inf -Inf -Inf -Inf 
// NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN 
// %z %v %q
// +Inf 0
