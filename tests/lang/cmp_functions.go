// Package cmp (Go 1.21; Or is Go 1.22's). The expectation follows the Go
// documentation of package cmp: Compare returns -1, 0 or +1, "a NaN is
// considered less than any non-NaN, a NaN is considered equal to a NaN,
// and -0.0 is equal to 0.0"; Less is the same order; Or "returns the
// first of its arguments that is not equal to the zero value".
package main

import (
	"cmp"
	"fmt"
)

type Celsius float64

func Clamp[T cmp.Ordered](x, lo, hi T) T {
	if cmp.Less(x, lo) {
		return lo
	}
	if cmp.Less(hi, x) {
		return hi
	}
	return x
}

func main() {
	zero := 0.0
	nan := zero / zero
	negz := -zero
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 2), cmp.Compare(3, 2))
	fmt.Println(cmp.Compare("a", "b"), cmp.Compare(uint8(200), uint8(100)))
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan))
	fmt.Println(cmp.Compare(negz, zero), cmp.Less(negz, zero))
	fmt.Println(cmp.Less(nan, -1e300), cmp.Less(-1e300, nan), cmp.Less(nan, nan))
	fmt.Println(cmp.Less(Celsius(-3), Celsius(2)), cmp.Compare[Celsius](5, 5))
	fmt.Println(Clamp(15, 0, 10), Clamp("m", "a", "k"), Clamp(2.5, 0, 10))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "x"), cmp.Or[int]())
}

// Output:
// -1 0 1
// -1 1
// -1 1 0
// 0 false
// true false false
// true 0
// 10 k 2.5
// 3 x 0
