package main

import (
	"fmt"
	"math"
)

func main() {
	pos, neg, nan := math.Inf(1), math.Inf(-1), math.NaN()
	fmt.Println(pos, neg, nan, math.Inf(0), math.Inf(-5), math.Inf(99))
	for _, v := range []float64{pos, neg, nan, 0, 1, math.MaxFloat64, -math.MaxFloat64} {
		fmt.Println(v, math.IsNaN(v), math.IsInf(v, 0), math.IsInf(v, 1), math.IsInf(v, -1), math.IsInf(v, 7), math.IsInf(v, -7))
	}
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, pos > math.MaxFloat64, -pos == neg)
	fmt.Println(pos+neg, pos*0, 1/pos, -1/pos, math.IsNaN(pos-pos), math.IsNaN(0*neg))
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m), m[nan])
}

// Output:
// +Inf -Inf NaN +Inf -Inf +Inf
// +Inf false true true false true false
// -Inf false true false true false true
// NaN true false false false false false
// 0 false false false false false false
// 1 false false false false false false
// 1.7976931348623157e+308 false false false false false false
// -1.7976931348623157e+308 false false false false false false
// false true false false true true
// NaN NaN 0 -0 true true
// 2 0
