// Float64s puts NaNs first; -0 and +0 are equal, so where each ends up is
// the algorithm's doing, and gvm runs Go's.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	nz, nan := math.Copysign(0, -1), math.NaN()
	x := []float64{3, nan, -1, math.Inf(1), 0, nz, -math.Inf(1), 2.5, nan, nz, 0, -1e-300}
	sort.Float64s(x)
	fmt.Println(x, sort.Float64sAreSorted(x))
	for _, v := range x {
		fmt.Print(math.Signbit(v), " ")
	}
	fmt.Println()
	zeros := make([]float64, 60)
	for i := range zeros {
		if i%3 == 0 {
			zeros[i] = nz
		}
		if i%7 == 0 {
			zeros[i] = float64(i % 5)
		}
	}
	sort.Float64s(zeros)
	for _, v := range zeros {
		if math.Signbit(v) {
			fmt.Print("-")
		} else {
			fmt.Print(v)
		}
	}
	fmt.Println()
	fmt.Println(sort.Float64sAreSorted([]float64{nan, 1, 2}), sort.Float64sAreSorted([]float64{1, nan}))
	fmt.Println(sort.SearchFloat64s([]float64{1, 2.5, 4}, 2.5), sort.SearchFloat64s([]float64{1, 2.5, 4}, 3))
}

// Output:
// [NaN NaN -Inf -1 -1e-300 0 -0 -0 0 2.5 3 +Inf] true
// false false true true true false true true false false false false 
// -00-00-00-00-00-00-00000-00--0000-00-00-00-00-00-00-01122344
// true false
// 1 2
