// math.MaxUint64 is an untyped constant: it does not fit an int.
package main

import (
	"fmt"
	"math"
)

func main() {
	var x int = math.MaxUint64
	fmt.Println(x)
}

// Error:
// math_untyped_overflow.go:10:14: cannot use math.MaxUint64 (untyped int constant 18446744073709551615) as int value in variable declaration (overflows)
// exit status 1
